using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Uploads.Scanning;
using Xunit;

namespace ThammJobs.Uploads.Tests.Scanning;

/// <summary>The protocol and the failures, against an in-process fake clamd or none at all.</summary>
public sealed class ClamdScannerFaultTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public async Task Without_an_address_nothing_is_scanned(string? address)
    {
        var scanner = TestClamd.Scanner(address);
        using var content = new MemoryStream(TestClamd.Eicar());

        Assert.False(scanner.IsConfigured);
        Assert.Equal(new ScanResult(ScanVerdict.NotScanned), await scanner.ScanAsync(content, Token));
        Assert.False(await scanner.PingAsync(Token));
    }

    [Fact]
    public async Task A_closed_port_is_unavailable_quickly()
    {
        var address = $"127.0.0.1:{ClosedPort()}";
        var scanner = TestClamd.Scanner(address);
        using var content = new MemoryStream(TestClamd.Eicar());
        var clock = Stopwatch.StartNew();

        var result = await scanner.ScanAsync(content, Token);

        Assert.True(scanner.IsConfigured);
        Assert.Equal(ScanVerdict.Unavailable, result.Verdict);
        Assert.Contains(address, result.Error, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.False(await scanner.PingAsync(Token));
    }

    [Fact]
    public async Task A_clamd_that_never_answers_is_unavailable_after_the_timeout()
    {
        await using var fake = new FakeClamd(reply: null);
        var scanner = TestClamd.Scanner(fake.Address, timeoutSeconds: 1);
        using var content = new MemoryStream(TestClamd.Eicar());
        var clock = Stopwatch.StartNew();

        var result = await scanner.ScanAsync(content, Token);

        Assert.Equal(ScanVerdict.Unavailable, result.Verdict);
        Assert.Contains("did not answer within 1 s", result.Error, StringComparison.Ordinal);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task The_callers_cancellation_throws()
    {
        await using var fake = new FakeClamd(reply: null);
        var scanner = TestClamd.Scanner(fake.Address, timeoutSeconds: 30);
        using var content = new MemoryStream(TestClamd.Eicar());
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Token);
        cancel.CancelAfter(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => scanner.ScanAsync(content, cancel.Token));
    }

    [Fact]
    public async Task A_found_reply_is_infected_with_its_signature()
    {
        await using var fake = new FakeClamd("stream: Foo FOUND");
        var scanner = TestClamd.Scanner(fake.Address);
        using var content = new MemoryStream([1, 2, 3]);

        var result = await scanner.ScanAsync(content, Token);

        Assert.Equal(new ScanResult(ScanVerdict.Infected, Signature: "Foo"), result);
    }

    [Fact]
    public async Task The_file_is_sent_as_instream_chunks_of_64_KB_ended_by_an_empty_chunk()
    {
        await using var fake = new FakeClamd("stream: OK");
        var scanner = TestClamd.Scanner(fake.Address);
        var bytes = new byte[(3 * 65536) + 3392];
        new Random(3).NextBytes(bytes);
        using var content = new MemoryStream(bytes);

        var result = await scanner.ScanAsync(content, Token);

        Assert.Equal(new ScanResult(ScanVerdict.Clean), result);
        Assert.Equal("zINSTREAM", fake.Command);
        Assert.Equal([65536, 65536, 65536, 3392, 0], fake.ChunkLengths);
        Assert.Equal(bytes, fake.Received.ToArray());
    }

    [Fact]
    public async Task An_error_reply_is_unavailable_with_clamds_text()
    {
        await using var fake = new FakeClamd("INSTREAM size limit exceeded. ERROR");
        var scanner = TestClamd.Scanner(fake.Address);
        using var content = new MemoryStream([1, 2, 3]);

        var result = await scanner.ScanAsync(content, Token);

        Assert.Equal(ScanVerdict.Unavailable, result.Verdict);
        Assert.Contains("INSTREAM size limit exceeded. ERROR", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connection_closed_without_a_reply_is_unavailable()
    {
        await using var fake = new FakeClamd(reply: "", readRequest: false);
        var scanner = TestClamd.Scanner(fake.Address, timeoutSeconds: 5);
        using var content = new MemoryStream([1, 2, 3]);

        var result = await scanner.ScanAsync(content, Token);

        Assert.Equal(ScanVerdict.Unavailable, result.Verdict);
        Assert.NotNull(result.Error);
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_is_unavailable_not_an_exception()
    {
        await using var fake = new FakeClamd(reply: null);
        var scanner = TestClamd.Scanner(fake.Address, timeoutSeconds: 10);
        using var content = new UnreadableStream();

        var result = await scanner.ScanAsync(content, Token);

        Assert.Equal(ScanVerdict.Unavailable, result.Verdict);
        Assert.Contains("could not read the file to scan", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ping_is_true_only_for_pong()
    {
        await using var pong = new FakeClamd("PONG");
        await using var other = new FakeClamd("UNKNOWN COMMAND");

        Assert.True(await TestClamd.Scanner(pong.Address).PingAsync(Token));
        Assert.Equal("zPING", pong.Command);
        Assert.False(await TestClamd.Scanner(other.Address).PingAsync(Token));
    }

    [Fact]
    public async Task A_malformed_address_is_unavailable()
    {
        var scanner = TestClamd.Scanner("127.0.0.1:notaport");
        using var content = new MemoryStream([1, 2, 3]);

        var result = await scanner.ScanAsync(content, Token);

        Assert.Equal(ScanVerdict.Unavailable, result.Verdict);
        Assert.Contains("host:port", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1:3310", "127.0.0.1", 3310)]
    [InlineData("clamd.internal:3311", "clamd.internal", 3311)]
    [InlineData("clamd", "clamd", 3310)]
    [InlineData("[::1]:3312", "::1", 3312)]
    public void Addresses_are_host_and_port(string address, string host, int port)
    {
        Assert.True(ClamdScanner.TryParseAddress(address, out var parsedHost, out var parsedPort));
        Assert.Equal((host, port), (parsedHost, parsedPort));
    }

    [Theory]
    [InlineData(":3310")]
    [InlineData("host:0")]
    [InlineData("host:70000")]
    [InlineData("host:")]
    [InlineData("::1:3310")]
    [InlineData("[::1")]
    public void Malformed_addresses_are_refused(string address)
    {
        Assert.False(ClamdScanner.TryParseAddress(address, out _, out _));
    }

    [Fact]
    public void AddUploads_registers_the_clamd_scanner_with_the_configured_address()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ThammJobs:Uploads:ClamdAddress"] = "127.0.0.1:3310" })
            .Build();
        using var provider = new ServiceCollection().AddUploads(configuration).BuildServiceProvider();

        var scanner = provider.GetRequiredService<IVirusScanner>();

        Assert.IsType<ClamdScanner>(scanner);
        Assert.True(scanner.IsConfigured);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private sealed class UnreadableStream() : GeneratedStream(1024)
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("disk gone");
    }
}
