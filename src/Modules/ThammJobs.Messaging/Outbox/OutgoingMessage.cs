namespace ThammJobs.Messaging.Outbox;

/// <summary>An e-mail as a module asks for it; the outbox stores it and the sender delivers it later.</summary>
/// <param name="Culture">"fr" or "ar": the language the message is written in (sets the HTML direction).</param>
public sealed record OutgoingMessage(
    string To,
    string? ToName,
    string Subject,
    string TextBody,
    string? HtmlBody,
    string Culture,
    IReadOnlyList<MessageAttachment>? Attachments = null,
    string? Category = null);

/// <summary>A small attachment kept in the outbox row (an .ics invitation, for instance).</summary>
public sealed record MessageAttachment(string FileName, string ContentType, byte[] Content);
