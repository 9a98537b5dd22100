using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using ThammJobs.Core.Data;
using ThammJobs.Messaging.Outbox;
using ThammJobs.Messaging.Sending;
using ThammJobs.Testing;

namespace ThammJobs.Messaging.Tests;

/// <summary>Sites (nodes) for the mail tests and the few things every test does with them.</summary>
internal static class MailSites
{
    /// <summary>A node on <paramref name="database"/> whose background sender is off: the test delivers with
    /// <see cref="OutboxDispatcher.DeliverDueAsync"/>, so every run is deterministic.</summary>
    public static SiteFactory Node(TestDatabase database, string name, IMailTransport? transport = null, bool senderEnabled = false)
    {
        var site = new SiteFactory(database)
            .With("ThammJobs:Search:IndexFolder", Path.Combine(database.DataFolder, "index-" + name))
            .With("ThammJobs:Mail:SenderEnabled", senderEnabled ? "true" : "false")
            .With("ThammJobs:Mail:MaxAttempts", "3")
            .With("ThammJobs:Mail:RetryDelay", "00:01:00");
        if (transport is not null)
        {
            site.WithServices(services => services.AddSingleton<IMailTransport>(transport));
        }

        return site;
    }

    public static OutgoingMessage French(string to = "candidate@example.org") => new(
        to,
        "Camille Durand",
        "Votre candidature a bien été reçue",
        "Bonjour Camille,\n\nNous avons bien reçu votre candidature.",
        "<p>Bonjour Camille,</p><p>Nous avons bien reçu votre candidature.</p>",
        "fr",
        Category: "application-received");

    public static OutgoingMessage Arabic(string to = "candidate@example.org", IReadOnlyList<MessageAttachment>? attachments = null) => new(
        to,
        "سلمى بن علي",
        "تم استلام طلبك — مقابلة يوم الخميس",
        "مرحبا سلمى،\n\nلقد استلمنا طلبك.",
        "<p>مرحبا سلمى،</p><p>لقد استلمنا طلبك.</p>",
        "ar",
        attachments,
        "interview-invitation");

    /// <summary>Enqueues and commits in one SaveChanges, as a module would with its own changes.</summary>
    public static Task EnqueueAsync(SiteFactory site, params OutgoingMessage[] messages) =>
        site.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ThammJobsDbContext>();
            var outbox = sp.GetRequiredService<IOutbox>();
            foreach (var message in messages)
            {
                outbox.Enqueue(db, message);
            }

            return await db.SaveChangesAsync();
        });

    public static Task<int> DeliverAsync(SiteFactory site) =>
        site.Services.GetRequiredService<OutboxDispatcher>().DeliverDueAsync(CancellationToken.None);

    public static Task<List<OutboxMessage>> RowsAsync(SiteFactory site) =>
        site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.CreatedUtc).ToListAsync());

    public static string[] PickedUp(SiteFactory site) =>
        Directory.Exists(PickupFolder(site)) ? Directory.GetFiles(PickupFolder(site)) : [];

    public static string PickupFolder(SiteFactory site) => site.Services.GetRequiredService<MessagingOptions>().PickupFolder!;

    public static async Task<bool> WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var end = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < end)
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(50);
        }

        return condition();
    }
}

/// <summary>A transport double: records what it is given, fails when told to.</summary>
internal sealed class RecordingTransport : IMailTransport
{
    private int calls;

    public ConcurrentQueue<(Guid Id, MimeMessage Message)> Delivered { get; } = new();

    /// <summary>Given the 1-based call number, the exception to throw (null: deliver).</summary>
    public Func<int, Exception?> Failure { get; init; } = _ => null;

    public int Calls => calls;

    public Task SendAsync(Guid id, MimeMessage message, CancellationToken cancellationToken)
    {
        var call = Interlocked.Increment(ref calls);
        if (Failure(call) is { } exception)
        {
            return Task.FromException(exception);
        }

        Delivered.Enqueue((id, message));
        return Task.CompletedTask;
    }
}

/// <summary>Where nodes wait for each other: each node's first send waits until every node has started one.</summary>
internal sealed class Rendezvous(params string[] nodes)
{
    private readonly Dictionary<string, TaskCompletionSource> started =
        nodes.ToDictionary(n => n, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public async Task ArriveAsync(string node, CancellationToken cancellationToken)
    {
        started[node].TrySetResult();
        try
        {
            // Bounded: if a node never sends, the test fails on its assertions instead of hanging.
            await Task.WhenAll(started.Values.Select(s => s.Task)).WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        }
        catch (TimeoutException)
        {
        }
    }
}

/// <summary>One node's view of a shared transport, meeting the other nodes at a <see cref="Rendezvous"/> first.</summary>
internal sealed class NodeTransport(string node, IMailTransport inner, Rendezvous rendezvous) : IMailTransport
{
    public async Task SendAsync(Guid id, MimeMessage message, CancellationToken cancellationToken)
    {
        await rendezvous.ArriveAsync(node, cancellationToken);
        await inner.SendAsync(id, message, cancellationToken);
    }
}
