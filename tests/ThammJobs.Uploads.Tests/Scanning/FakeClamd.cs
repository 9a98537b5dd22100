using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ThammJobs.Uploads.Tests.Scanning;

/// <summary>
/// An in-process stand-in for clamd on 127.0.0.1 (a free port): it reads the command and, for INSTREAM, the chunks,
/// records them, then behaves as told (answer a text, answer nothing, close).
/// </summary>
internal sealed class FakeClamd : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly Task serving;

    /// <param name="reply">Written (followed by NUL) after the request was read; null: never answer, keep the connection open.</param>
    /// <param name="readRequest">False: answer (or close) right after accepting, without reading.</param>
    public FakeClamd(string? reply, bool readRequest = true)
    {
        listener.Start();
        serving = ServeAsync(reply, readRequest);
    }

    public string Address => $"127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";

    public string? Command { get; private set; }

    public List<int> ChunkLengths { get; } = [];

    public MemoryStream Received { get; } = new();

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        try
        {
            await serving;
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or IOException or ObjectDisposedException)
        {
            // Stopped.
        }

        stopping.Dispose();
        listener.Dispose();
    }

    private async Task ServeAsync(string? reply, bool readRequest)
    {
        var token = stopping.Token;
        using var client = await listener.AcceptTcpClientAsync(token);
        var stream = client.GetStream();
        if (readRequest)
        {
            await ReadRequestAsync(stream, token);
        }

        if (reply is null)
        {
            await Task.Delay(Timeout.Infinite, token);
            return;
        }

        if (reply.Length > 0)
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(reply + "\0"), token);
        }
    }

    private async Task ReadRequestAsync(NetworkStream stream, CancellationToken token)
    {
        var command = new List<byte>();
        var one = new byte[1];
        while (await stream.ReadAsync(one, token) == 1 && one[0] != 0)
        {
            command.Add(one[0]);
        }

        Command = Encoding.ASCII.GetString([.. command]);
        if (Command != "zINSTREAM")
        {
            return;
        }

        var length = new byte[4];
        while (true)
        {
            await stream.ReadExactlyAsync(length, token);
            var size = (int)BinaryPrimitives.ReadUInt32BigEndian(length);
            ChunkLengths.Add(size);
            if (size == 0)
            {
                return;
            }

            var chunk = new byte[size];
            await stream.ReadExactlyAsync(chunk, token);
            Received.Write(chunk);
        }
    }
}
