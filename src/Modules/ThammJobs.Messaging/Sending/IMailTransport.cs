using MimeKit;

namespace ThammJobs.Messaging.Sending;

/// <summary>Hands a built message to the outside world (SMTP server, pickup folder). Throws when it could not.</summary>
public interface IMailTransport
{
    /// <param name="id">The outbox id, for names and logs (also in the message's Message-Id).</param>
    Task SendAsync(Guid id, MimeMessage message, CancellationToken cancellationToken);
}

/// <summary>A failure that retrying cannot fix (address refused by the server, message impossible to build): Failed at once.</summary>
public sealed class PermanentDeliveryException : Exception
{
    public PermanentDeliveryException()
    {
    }

    public PermanentDeliveryException(string message)
        : base(message)
    {
    }

    public PermanentDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
