using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Options;

namespace ThammJobs.Uploads.Scanning;

/// <summary>
/// Antivirus through clamd over TCP (<c>ThammJobs:Uploads:ClamdAddress</c>, <c>host:port</c>): the file is streamed
/// with <c>zINSTREAM</c> in chunks, never held in memory whole. Any failure of clamd (refused, reset, timed out,
/// an <c>ERROR</c> reply such as the stream size limit) is <see cref="ScanVerdict.Unavailable"/>, never an exception;
/// only the caller's own cancellation throws.
/// </summary>
public sealed class ClamdScanner : IVirusScanner
{
    /// <summary>Bytes sent per INSTREAM chunk.</summary>
    public const int ChunkSize = 64 * 1024;

    private const int DefaultPort = 3310;

    /// <summary>Longest reply read from clamd; anything longer is not clamd.</summary>
    private const int MaxReplyBytes = 4096;

    private static readonly byte[] InstreamCommand = "zINSTREAM\0"u8.ToArray();
    private static readonly byte[] PingCommand = "zPING\0"u8.ToArray();

    private readonly IOptions<UploadOptions> options;

    public ClamdScanner(IOptions<UploadOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
    }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.Value.ClamdAddress);

    /// <summary>Scans <paramref name="content"/> from its current position to its end.</summary>
    public async Task<ScanResult> ScanAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!IsConfigured)
        {
            return new ScanResult(ScanVerdict.NotScanned);
        }

        var settings = options.Value;
        var address = settings.ClamdAddress!.Trim();
        string reply;
        try
        {
            reply = await ExchangeAsync(settings, cancellationToken, async (stream, token) =>
            {
                await stream.WriteAsync(InstreamCommand, token).ConfigureAwait(false);
                await SendChunksAsync(content, stream, token).ConfigureAwait(false);
            }).ConfigureAwait(false);
        }
        catch (ClamdException exception)
        {
            return new ScanResult(ScanVerdict.Unavailable, Error: exception.Message);
        }

        return Interpret(reply, address);
    }

    /// <summary>
    /// True when clamd answers <c>zPING</c> with <c>PONG</c> within the timeout (for health checks);
    /// false when not configured or unreachable.
    /// </summary>
    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        if (!IsConfigured)
        {
            return false;
        }

        try
        {
            var reply = await ExchangeAsync(options.Value, cancellationToken, (stream, token) =>
                stream.WriteAsync(PingCommand, token)).ConfigureAwait(false);
            return reply == "PONG";
        }
        catch (ClamdException)
        {
            return false;
        }
    }

    /// <summary>What clamd's reply to INSTREAM means.</summary>
    internal static ScanResult Interpret(string reply, string address)
    {
        // With the z prefix and no session the reply is "stream: OK", "stream: <name> FOUND" or "<text> ERROR".
        var text = reply.StartsWith("stream: ", StringComparison.Ordinal) ? reply["stream: ".Length..] : reply;
        if (text == "OK")
        {
            return new ScanResult(ScanVerdict.Clean);
        }

        if (text.EndsWith(" FOUND", StringComparison.Ordinal) && text.Length > " FOUND".Length)
        {
            return new ScanResult(ScanVerdict.Infected, Signature: text[..^" FOUND".Length].Trim());
        }

        return new ScanResult(ScanVerdict.Unavailable, Error: reply.Length == 0
            ? $"clamd at {address} closed the connection without a reply"
            : $"clamd at {address} answered: {reply}");
    }

    /// <summary>
    /// Connects, lets <paramref name="send"/> write the command, and reads the reply up to its NUL, all within
    /// <see cref="UploadOptions.ClamdTimeoutSeconds"/>. Failures become <see cref="ClamdException"/>.
    /// </summary>
    private static async Task<string> ExchangeAsync(UploadOptions settings, CancellationToken cancellationToken, Func<NetworkStream, CancellationToken, ValueTask> send)
    {
        var address = settings.ClamdAddress!.Trim();
        if (!TryParseAddress(address, out var host, out var port))
        {
            throw new ClamdException($"ClamdAddress \"{address}\" is not host:port");
        }

        var timeout = TimeSpan.FromSeconds(Math.Max(1, settings.ClamdTimeoutSeconds));
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var token = deadline.Token;

        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(host, port, token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ClamdException($"could not connect to clamd at {address} within {timeout.TotalSeconds:0} s");
        }
        catch (SocketException exception)
        {
            throw new ClamdException($"could not connect to clamd at {address}: {exception.Message}");
        }

        using var stream = new NetworkStream(socket, ownsSocket: false);
        try
        {
            try
            {
                await send(stream, token).ConfigureAwait(false);
            }
            catch (IOException sendProblem)
            {
                // clamd closes the connection when a limit is exceeded, after it wrote why: read that if it is there.
                var early = await TryReadReplyAsync(stream, token).ConfigureAwait(false);
                throw new ClamdException(early is { Length: > 0 }
                    ? $"clamd at {address} answered: {early}"
                    : $"clamd at {address} broke the connection: {sendProblem.Message}");
            }

            return await ReadReplyAsync(stream, token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ClamdException($"clamd at {address} did not answer within {timeout.TotalSeconds:0} s");
        }
        catch (Exception exception) when (exception is IOException or SocketException)
        {
            throw new ClamdException($"clamd at {address} broke the connection: {exception.Message}");
        }
    }

    private static async ValueTask SendChunksAsync(Stream content, NetworkStream stream, CancellationToken token)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(4 + ChunkSize);
        try
        {
            while (true)
            {
                int read;
                try
                {
                    read = await content.ReadAsync(buffer.AsMemory(4, ChunkSize), token).ConfigureAwait(false);
                }
                catch (IOException exception)
                {
                    throw new ClamdException($"could not read the file to scan: {exception.Message}");
                }

                BinaryPrimitives.WriteUInt32BigEndian(buffer.AsSpan(0, 4), (uint)read);
                await stream.WriteAsync(buffer.AsMemory(0, 4 + read), token).ConfigureAwait(false);
                if (read == 0)
                {
                    // The zero-length chunk just written ends the stream.
                    return;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static async Task<string?> TryReadReplyAsync(NetworkStream stream, CancellationToken token)
    {
        try
        {
            return await ReadReplyAsync(stream, token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or SocketException)
        {
            return null;
        }
    }

    /// <summary>The reply up to its NUL (or the end of the connection), without trailing white space.</summary>
    private static async Task<string> ReadReplyAsync(NetworkStream stream, CancellationToken token)
    {
        var reply = new byte[MaxReplyBytes];
        var length = 0;
        while (length < reply.Length)
        {
            var read = await stream.ReadAsync(reply.AsMemory(length), token).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            var end = Array.IndexOf(reply, (byte)0, length, read);
            length += read;
            if (end >= 0)
            {
                length = end;
                break;
            }
        }

        return Encoding.UTF8.GetString(reply, 0, length).TrimEnd();
    }

    internal static bool TryParseAddress(string address, out string host, out int port)
    {
        host = address;
        port = DefaultPort;
        string? portText = null;
        if (address.StartsWith('['))
        {
            // [IPv6]:port
            var close = address.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                return false;
            }

            host = address[1..close];
            var rest = address[(close + 1)..];
            if (rest.Length > 0)
            {
                if (rest[0] != ':')
                {
                    return false;
                }

                portText = rest[1..];
            }
        }
        else
        {
            var colon = address.LastIndexOf(':');
            if (colon >= 0)
            {
                if (address.IndexOf(':', StringComparison.Ordinal) != colon)
                {
                    return false;
                }

                host = address[..colon];
                portText = address[(colon + 1)..];
            }
        }

        if (portText is not null && !(int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port is > 0 and <= 65535))
        {
            return false;
        }

        return host.Length > 0;
    }

    /// <summary>clamd could not be used; the message says why.</summary>
    private sealed class ClamdException(string message) : Exception(message);
}
