using System.Text;
using ThammJobs.Messaging.Outbox;
using ThammJobs.Testing;
using static ThammJobs.Messaging.Tests.MailSites;

namespace ThammJobs.Messaging.Tests;

/// <summary>Delivery over real SMTP (MailKit → smtp4dev), read back through smtp4dev's HTTP API.</summary>
public sealed class SmtpDeliveryTests
{
    [Fact]
    public async Task French_and_Arabic_messages_reach_a_real_SMTP_server_intact()
    {
        await using var smtp = await Smtp4dev.StartAsync();
        using var database = TestDatabase.Create();
        using var site = Node(database, "a")
            .With("ThammJobs:Mail:SmtpHost", "127.0.0.1")
            .With("ThammJobs:Mail:SmtpPort", smtp.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("ThammJobs:Mail:SmtpSecurity", "None");
        var invitation = new MessageAttachment("مقابلة.ics", "text/calendar", Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));
        await EnqueueAsync(site, French("camille@example.org"), Arabic("salma@example.org", [invitation]));

        Assert.Equal(2, await DeliverAsync(site));

        Assert.All(await RowsAsync(site), m => Assert.Equal(OutboxStatus.Sent, m.Status));
        Assert.Empty(PickedUp(site));
        var received = await smtp.MessagesAsync();
        Assert.Equal(2, received.Count);

        var (frenchSummary, french) = Assert.Single(received, r => r.Summary.To.Contains("camille@example.org"));
        Assert.Equal("Votre candidature a bien été reçue", frenchSummary.Subject);
        Assert.Equal("Votre candidature a bien été reçue", french.Subject);
        Assert.Equal("fr", french.Body!.Headers["Content-Language"]);
        Assert.Equal("Camille Durand", Assert.IsType<MimeKit.MailboxAddress>(Assert.Single(french.To)).Name);
        Assert.Contains("Nous avons bien reçu votre candidature.", french.TextBody, StringComparison.Ordinal);
        Assert.Contains("dir=\"ltr\"", french.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("no-reply@thammjobs.local", frenchSummary.From);

        var (arabicSummary, arabic) = Assert.Single(received, r => r.Summary.To.Contains("salma@example.org"));
        Assert.Equal("تم استلام طلبك — مقابلة يوم الخميس", arabicSummary.Subject);
        Assert.Equal("تم استلام طلبك — مقابلة يوم الخميس", arabic.Subject);
        Assert.Equal("ar", arabic.Body!.Headers["Content-Language"]);
        Assert.Equal("سلمى بن علي", Assert.IsType<MimeKit.MailboxAddress>(Assert.Single(arabic.To)).Name);
        Assert.Contains("لقد استلمنا طلبك.", arabic.TextBody, StringComparison.Ordinal);
        Assert.Contains("dir=\"rtl\"", arabic.HtmlBody, StringComparison.Ordinal);
        Assert.Equal(1, arabicSummary.AttachmentCount);
        Assert.Equal("مقابلة.ics", Assert.Single(arabic.Attachments).ContentDisposition?.FileName);
    }

    [Fact]
    public async Task A_server_that_does_not_answer_schedules_a_retry()
    {
        using var database = TestDatabase.Create();
        // A port nobody listens on: connection refused.
        var port = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        port.Start();
        var closed = ((System.Net.IPEndPoint)port.LocalEndpoint).Port;
        port.Stop();
        using var site = Node(database, "a")
            .With("ThammJobs:Mail:SmtpHost", "127.0.0.1")
            .With("ThammJobs:Mail:SmtpPort", closed.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("ThammJobs:Mail:SmtpSecurity", "None");
        await EnqueueAsync(site, French());

        Assert.Equal(1, await DeliverAsync(site));

        var row = Assert.Single(await RowsAsync(site));
        Assert.Equal((OutboxStatus.Pending, 1), (row.Status, row.Attempts));
        Assert.Equal(site.Clock.GetUtcNow().UtcDateTime.AddMinutes(1), row.NextAttemptUtc);
        Assert.NotNull(row.LastError);
    }
}
