using System.Net;
using MimeKit;
using ThammJobs.Messaging.Outbox;

namespace ThammJobs.Messaging.Sending;

/// <summary>The one place an outbox row becomes a MIME message, whatever the transport.</summary>
public sealed class MimeMessageFactory(MessagingOptions options)
{
    public MimeMessage Create(OutboxMessage row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        message.To.Add(new MailboxAddress(row.ToName ?? string.Empty, row.To));
        message.Subject = row.Subject;
        message.Date = new DateTimeOffset(DateTime.SpecifyKind(row.CreatedUtc, DateTimeKind.Utc));
        // Stable per outbox row: a receiver can spot a duplicate if a lease ever expired mid-delivery.
        message.MessageId = $"{row.Id:N}@{Domain(options.FromAddress)}";
        message.Headers.Add(HeaderId.ContentLanguage, row.Culture);

        var body = new BodyBuilder { TextBody = row.TextBody };
        if (!string.IsNullOrWhiteSpace(row.HtmlBody))
        {
            body.HtmlBody = HtmlDocument(row.HtmlBody, row.Culture);
        }

        foreach (var attachment in Outbox.Outbox.Attachments(row))
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }

        message.Body = body.ToMessageBody();
        return message;
    }

    /// <summary>A fragment gets a document around it with the language and direction of the culture.</summary>
    private static string HtmlDocument(string html, string culture)
    {
        var trimmed = html.TrimStart();
        if (trimmed.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
        {
            return html;
        }

        var rtl = culture.StartsWith("ar", StringComparison.OrdinalIgnoreCase);
        return $"<!DOCTYPE html><html lang=\"{WebUtility.HtmlEncode(culture)}\" dir=\"{(rtl ? "rtl" : "ltr")}\"><head><meta charset=\"utf-8\"></head><body>{html}</body></html>";
    }

    private static string Domain(string address)
    {
        var at = address.LastIndexOf('@');
        return at >= 0 && at < address.Length - 1 ? address[(at + 1)..] : "thammjobs.local";
    }
}
