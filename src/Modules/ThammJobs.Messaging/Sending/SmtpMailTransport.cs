using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace ThammJobs.Messaging.Sending;

/// <summary>Delivers through the configured SMTP server (MailKit), one connection per message.</summary>
public sealed class SmtpMailTransport(MessagingOptions options) : IMailTransport
{
    public async Task SendAsync(Guid id, MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var host = options.SmtpHost ?? throw new InvalidOperationException("ThammJobs:Mail:SmtpHost is not set.");
        using var client = new SmtpClient { Timeout = (int)options.SmtpTimeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(host, options.SmtpPort, Security(options.SmtpSecurity), cancellationToken);
            if (!string.IsNullOrEmpty(options.SmtpUser))
            {
                await client.AuthenticateAsync(options.SmtpUser, options.SmtpPassword ?? string.Empty, cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (SmtpCommandException exception) when ((int)exception.StatusCode >= 500 && exception.ErrorCode != SmtpErrorCode.UnexpectedStatusCode)
        {
            // 5xx for this sender, recipient or message: the server will say the same next time.
            throw new PermanentDeliveryException($"SMTP {(int)exception.StatusCode} ({exception.ErrorCode}): {exception.Message}", exception);
        }
    }

    /// <summary>Parses <c>ThammJobs:Mail:SmtpSecurity</c> (case-insensitive names of MailKit's <see cref="SecureSocketOptions"/>).</summary>
    public static SecureSocketOptions Security(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return SecureSocketOptions.Auto;
        }

        return Enum.TryParse<SecureSocketOptions>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new InvalidOperationException($"ThammJobs:Mail:SmtpSecurity '{value}' is not one of {string.Join(", ", Enum.GetNames<SecureSocketOptions>())}.");
    }
}
