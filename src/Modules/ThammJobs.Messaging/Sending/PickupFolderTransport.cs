using MimeKit;

namespace ThammJobs.Messaging.Sending;

/// <summary>
/// Without an SMTP server: each message becomes <c>{yyyyMMddHHmmss}-{id}.eml</c> in the pickup folder, written under a
/// temporary name first so a program watching the folder never reads half a file.
/// </summary>
public sealed class PickupFolderTransport(MessagingOptions options, TimeProvider clock) : IMailTransport
{
    // An .eml is an Internet message: CRLF line ends on every platform (pickup services expect them).
    private static readonly FormatOptions Format = CreateFormat();

    public string Folder => options.PickupFolder ?? throw new InvalidOperationException("No pickup folder configured.");

    public async Task SendAsync(Guid id, MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        Directory.CreateDirectory(Folder);
        var name = $"{clock.GetUtcNow().UtcDateTime:yyyyMMddHHmmss}-{id:N}.eml";
        var temporary = Path.Combine(Folder, $".{name}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                await message.WriteToAsync(Format, stream, cancellationToken);
            }

            File.Move(temporary, Path.Combine(Folder, name), overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static FormatOptions CreateFormat()
    {
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        return format;
    }
}
