using MailKit.Security;
using ThammJobs.Messaging.Outbox;
using ThammJobs.Messaging.Sending;

namespace ThammJobs.Messaging.Tests;

public sealed class MimeMessageFactoryTests
{
    private static OutboxMessage Row(string? html, string culture = "fr") => new()
    {
        Id = Guid.NewGuid(),
        CreatedUtc = new DateTime(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc),
        To = "a@example.org",
        Subject = "Sujet",
        TextBody = "Texte",
        HtmlBody = html,
        Culture = culture,
    };

    [Fact]
    public void Text_only_messages_have_no_html_part()
    {
        using var message = new MimeMessageFactory(new MessagingOptions()).Create(Row(null));
        Assert.Equal("Texte", message.TextBody?.Trim());
        Assert.Null(message.HtmlBody);
        Assert.Equal("text/plain", message.Body!.ContentType.MimeType);
    }

    [Fact]
    public void Text_and_html_are_alternatives_and_a_whole_html_document_is_kept_as_is()
    {
        const string document = "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><body><p>نص</p></body></html>";
        using var message = new MimeMessageFactory(new MessagingOptions { FromName = "ThammJobs", FromAddress = "jobs@thamm.example" }).Create(Row(document, "ar"));
        Assert.Equal("multipart/alternative", message.Body!.ContentType.MimeType);
        Assert.Equal(document, message.HtmlBody?.Trim());
        Assert.Equal("\"ThammJobs\" <jobs@thamm.example>", message.From.ToString());
        Assert.EndsWith("@thamm.example", message.MessageId, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("None", SecureSocketOptions.None)]
    [InlineData("starttls", SecureSocketOptions.StartTls)]
    [InlineData("SslOnConnect", SecureSocketOptions.SslOnConnect)]
    [InlineData("", SecureSocketOptions.Auto)]
    [InlineData(null, SecureSocketOptions.Auto)]
    public void Smtp_security_is_read_from_its_name(string? value, SecureSocketOptions expected) =>
        Assert.Equal(expected, SmtpMailTransport.Security(value));

    [Fact]
    public void An_unknown_smtp_security_is_refused() =>
        Assert.Throws<InvalidOperationException>(() => SmtpMailTransport.Security("Tls1.3"));
}
