using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using ThammJobs.Core.Data;
using ThammJobs.Messaging.Outbox;
using ThammJobs.Testing;
using static ThammJobs.Messaging.Tests.MailSites;

namespace ThammJobs.Messaging.Tests;

/// <summary>The outbox on the real site and database: committed messages leave, the others never do.</summary>
public abstract class OutboxDeliveryTests(DatabaseKind kind)
{
    private static readonly byte[] Invitation = Encoding.UTF8.GetBytes(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//ThammJobs//FR\r\nBEGIN:VEVENT\r\nUID:interview-1@thammjobs.local\r\nDTSTART:20261203T090000Z\r\nSUMMARY:مقابلة\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");

    [Fact]
    public async Task A_committed_message_lands_in_the_pickup_folder_as_an_eml_that_parses_back()
    {
        using var database = TestDatabase.Create(kind);
        using var site = Node(database, "a");
        var attachment = new MessageAttachment("entretien.ics", "text/calendar; method=REQUEST", Invitation);
        await EnqueueAsync(site, Arabic("salma@example.org", [attachment]));

        Assert.Equal(1, await DeliverAsync(site));

        var file = Assert.Single(PickedUp(site));
        var row = Assert.Single(await RowsAsync(site));
        Assert.Equal($"20261126100000-{row.Id:N}.eml", Path.GetFileName(file));
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.Equal(1, row.Attempts);
        Assert.Equal(SiteFactory.Today.UtcDateTime, row.SentUtc);
        Assert.Null(row.LeaseOwner);

        // An Internet message: CRLF line ends only, whatever the platform.
        Assert.DoesNotMatch("[^\r]\n", await File.ReadAllTextAsync(file));
        using var message = await MimeMessage.LoadAsync(file);
        Assert.Equal("تم استلام طلبك — مقابلة يوم الخميس", message.Subject);
        var to = Assert.IsType<MailboxAddress>(Assert.Single(message.To));
        Assert.Equal(("salma@example.org", "سلمى بن علي"), (to.Address, to.Name));
        Assert.Equal("no-reply@thammjobs.local", Assert.IsType<MailboxAddress>(Assert.Single(message.From)).Address);
        Assert.Equal("ar", message.Body!.Headers[HeaderId.ContentLanguage]);
        Assert.Equal($"{row.Id:N}@thammjobs.local", message.MessageId);
        Assert.Contains("لقد استلمنا طلبك.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<p>مرحبا سلمى،</p>", message.HtmlBody, StringComparison.Ordinal);
        var part = Assert.IsAssignableFrom<MimePart>(Assert.Single(message.Attachments));
        Assert.Equal("entretien.ics", part.FileName);
        Assert.Equal("text/calendar", part.ContentType.MimeType);
        using var content = new MemoryStream();
        await part.Content!.DecodeToAsync(content);
        Assert.Equal(Invitation, content.ToArray());
        // No temporary file is left behind.
        Assert.Empty(Directory.GetFiles(PickupFolder(site), "*.tmp"));
    }

    [Fact]
    public async Task A_message_never_saved_or_rolled_back_is_never_sent()
    {
        using var database = TestDatabase.Create(kind);
        var transport = new RecordingTransport();
        using var site = Node(database, "a", transport);

        await site.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ThammJobsDbContext>();
            sp.GetRequiredService<IOutbox>().Enqueue(db, French());
            await Task.CompletedTask;
            return 0; // the caller gave up before SaveChanges
        });
        await site.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ThammJobsDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            sp.GetRequiredService<IOutbox>().Enqueue(db, Arabic());
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
            return 0;
        });

        Assert.Equal(0, await DeliverAsync(site));
        Assert.Empty(await RowsAsync(site));
        Assert.Equal(0, transport.Calls);
    }

    [Fact]
    public async Task A_commit_wakes_the_background_sender_without_waiting_for_the_poll()
    {
        using var database = TestDatabase.Create(kind);
        using var site = Node(database, "a", senderEnabled: true).With("ThammJobs:Mail:PollInterval", "01:00:00");
        _ = site.Services;
        // Let the sender's first (empty) round pass, so only the commit can wake it.
        await Task.Delay(500);

        // SaveChanges inside the caller's transaction: sent once the transaction commits.
        await site.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ThammJobsDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            sp.GetRequiredService<IOutbox>().Enqueue(db, French());
            await db.SaveChangesAsync();
            await Task.Delay(300);
            Assert.Empty(PickedUp(site));
            await transaction.CommitAsync();
            return 0;
        });
        Assert.True(await WaitUntilAsync(() => PickedUp(site).Length == 1, TimeSpan.FromSeconds(10)), "not sent after the transaction's commit");

        // A plain SaveChanges (its own transaction).
        await EnqueueAsync(site, Arabic());
        Assert.True(await WaitUntilAsync(() => PickedUp(site).Length == 2, TimeSpan.FromSeconds(10)), "not sent after SaveChanges");
        // The sender marks a row sent just after handing the file over: wait for that commit rather than race it.
        Assert.True(await WaitUntilAsync(() => RowsAsync(site).GetAwaiter().GetResult().All(m => m.Status == OutboxStatus.Sent), TimeSpan.FromSeconds(10)), "rows not marked sent");
        Assert.Equal(2, (await RowsAsync(site)).Count);
    }

    [Fact]
    public async Task A_failing_message_is_retried_with_doubling_delays_then_marked_failed()
    {
        using var database = TestDatabase.Create(kind);
        var transport = new RecordingTransport { Failure = call => new IOException($"connection refused ({call})") };
        using var site = Node(database, "a", transport);
        await EnqueueAsync(site, French());
        var start = site.Clock.GetUtcNow().UtcDateTime;

        Assert.Equal(1, await DeliverAsync(site));
        var row = Assert.Single(await RowsAsync(site));
        Assert.Equal((OutboxStatus.Pending, 1, start.AddMinutes(1)), (row.Status, row.Attempts, row.NextAttemptUtc));
        Assert.Equal("IOException: connection refused (1)", row.LastError);
        Assert.Null(row.LeaseOwner);

        // Not due yet: nothing happens, at once or a second before the retry.
        Assert.Equal(0, await DeliverAsync(site));
        site.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(0, await DeliverAsync(site));
        site.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await DeliverAsync(site));
        row = Assert.Single(await RowsAsync(site));
        Assert.Equal((OutboxStatus.Pending, 2, start.AddMinutes(1 + 2)), (row.Status, row.Attempts, row.NextAttemptUtc));

        site.Clock.Advance(TimeSpan.FromMinutes(2) - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await DeliverAsync(site));
        site.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await DeliverAsync(site));
        row = Assert.Single(await RowsAsync(site));
        Assert.Equal((OutboxStatus.Failed, 3), (row.Status, row.Attempts));
        Assert.Equal("IOException: connection refused (3)", row.LastError);

        // Failed is final.
        site.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await DeliverAsync(site));
        Assert.Equal(3, transport.Calls);
        Assert.Empty(transport.Delivered);
    }

    [Fact]
    public async Task A_message_that_failed_once_is_sent_at_its_retry()
    {
        using var database = TestDatabase.Create(kind);
        var transport = new RecordingTransport { Failure = call => call == 1 ? new TimeoutException(new string('x', 2500)) : null };
        using var site = Node(database, "a", transport);
        await EnqueueAsync(site, French());

        await DeliverAsync(site);
        Assert.Equal(OutboxMessage.MaxErrorLength, Assert.Single(await RowsAsync(site)).LastError!.Length);
        site.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await DeliverAsync(site));

        var row = Assert.Single(await RowsAsync(site));
        Assert.Equal((OutboxStatus.Sent, 2, null), (row.Status, row.Attempts, row.LastError));
        Assert.Equal(site.Clock.GetUtcNow().UtcDateTime, row.SentUtc);
        Assert.Single(transport.Delivered);
    }

    [Fact]
    public async Task A_permanent_failure_is_not_retried()
    {
        using var database = TestDatabase.Create(kind);
        var transport = new RecordingTransport { Failure = _ => new Sending.PermanentDeliveryException("550 mailbox unavailable") };
        using var site = Node(database, "a", transport);
        await EnqueueAsync(site, French());

        Assert.Equal(1, await DeliverAsync(site));

        var row = Assert.Single(await RowsAsync(site));
        Assert.Equal((OutboxStatus.Failed, 1), (row.Status, row.Attempts));
        Assert.Contains("550 mailbox unavailable", row.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_leased_by_a_node_that_stopped_is_taken_over_when_the_lease_runs_out()
    {
        using var database = TestDatabase.Create(kind);
        var transport = new RecordingTransport();
        using var site = Node(database, "a", transport);
        await EnqueueAsync(site, French());
        var leaseUntil = site.Clock.GetUtcNow().UtcDateTime.AddMinutes(5);
        await site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<OutboxMessage>()
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, "dead-node").SetProperty(m => m.LeaseUntilUtc, leaseUntil)));

        Assert.Equal(0, await DeliverAsync(site));
        site.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(0, await DeliverAsync(site));
        site.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await DeliverAsync(site));
        Assert.Single(transport.Delivered);
        Assert.Equal(OutboxStatus.Sent, Assert.Single(await RowsAsync(site)).Status);
    }

    [Fact]
    public async Task Two_nodes_delivering_at_the_same_time_send_each_message_exactly_once()
    {
        using var database = TestDatabase.Create(kind);
        // One mail server behind both nodes. Each node's first send waits until the other node has started sending
        // too, so the rounds overlap on any machine, however loaded (a fixed delay did not: under load one node
        // sometimes finished before the other began).
        var transport = new RecordingTransport();
        var rendezvous = new Rendezvous("a", "b");
        using var nodeA = Node(database, "a", new NodeTransport("a", transport, rendezvous));
        using var nodeB = Node(database, "b", new NodeTransport("b", transport, rendezvous));
        // Both nodes built before the race (a site builds its host on first use, not thread-safely).
        Assert.Equal(0, await DeliverAsync(nodeA));
        Assert.Equal(0, await DeliverAsync(nodeB));
        const int count = 60;
        await EnqueueAsync(nodeA, [.. Enumerable.Range(0, count).Select(i => i % 2 == 0 ? French($"c{i}@example.org") : Arabic($"c{i}@example.org"))]);

        var dispatchers = new[] { nodeA, nodeB, nodeA, nodeB };
        var attempted = await Task.WhenAll(dispatchers.Select(node => Task.Run(() => DeliverAsync(node))));

        Assert.Equal(count, attempted.Sum());
        var ids = transport.Delivered.Select(d => d.Id).ToList();
        Assert.Equal(count, ids.Count);
        Assert.Equal(count, ids.Distinct().Count());
        var rows = await RowsAsync(nodeB);
        Assert.All(rows, m => Assert.Equal((OutboxStatus.Sent, 1), (m.Status, m.Attempts)));
        Assert.Equal(rows.Select(r => r.Id).Order(), ids.Order());
        // Both nodes did part of the work: neither could send its first message before the other had claimed one.
        Assert.True(attempted[0] + attempted[2] > 0 && attempted[1] + attempted[3] > 0, $"rounds: {string.Join(", ", attempted)}");
    }

    [Fact]
    public async Task Enqueue_refuses_a_malformed_address_at_once()
    {
        using var database = TestDatabase.Create(kind);
        using var site = Node(database, "a");
        await Assert.ThrowsAsync<ArgumentException>(() => EnqueueAsync(site, French("not an address")));
        Assert.Empty(await RowsAsync(site));
    }
}

public sealed class OutboxDeliveryTestsOnSqlite() : OutboxDeliveryTests(DatabaseKind.Sqlite);

public sealed class OutboxDeliveryTestsOnPostgreSql() : OutboxDeliveryTests(DatabaseKind.PostgreSql);
