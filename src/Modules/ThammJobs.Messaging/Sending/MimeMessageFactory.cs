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

        var body = new BodyBuilder { TextBody = row.TextBody };
        if (!string.IsNullOrWhiteSpace(row.HtmlBody))
        {
            body.HtmlBody = HtmlDocument(row.HtmlBody, row.Culture);
        }

        foreach (var attachment in Outbox.Outbox.Attachments(row))
        {
            var part = body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
            // Base64 keeps the bytes exactly (an .ics needs its CRLF line ends whatever the platform).
            if (part is MimePart mimePart)
            {
                mimePart.ContentTransferEncoding = ContentEncoding.Base64;
            }
        }

        message.Body = body.ToMessageBody();
        // A Content-* header belongs to the body entity (MimeKit writes the message's own Content-* headers from it).
        message.Body.Headers.Replace(HeaderId.ContentLanguage, row.Culture);
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
