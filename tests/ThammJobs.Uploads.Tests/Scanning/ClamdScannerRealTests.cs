using System.IO.Compression;
using System.Text;
using ThammJobs.Uploads.Scanning;
using Xunit;

namespace ThammJobs.Uploads.Tests.Scanning;

/// <summary>Against the real clamd of <see cref="TestClamd"/> (its database knows only EICAR).</summary>
public sealed class ClamdScannerRealTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Clamd_answers_ping()
    {
        var scanner = await TestClamd.RequireAsync();

        Assert.True(await scanner.PingAsync(Token));
    }

    [Fact]
    public async Task A_clean_file_is_clean()
    {
        var scanner = await TestClamd.RequireAsync();
        using var content = new MemoryStream(Encoding.UTF8.GetBytes("Curriculum vitae — سيرة ذاتية\nDéveloppeuse .NET, 8 ans d'expérience.\n"));

        var result = await scanner.ScanAsync(content, Token);

        Assert.Equal(new ScanResult(ScanVerdict.Clean), result);
    }

    [Fact]
    public async Task The_eicar_test_file_is_infected_with_a_signature_name()
    {
        var scanner = await TestClamd.RequireAsync();
        using var content = new MemoryStream(TestClamd.Eicar());

        var result = await scanner.ScanAsync(content, Token);

        Assert.Equal(ScanVerdict.Infected, result.Verdict);
        Assert.Contains("Eicar", result.Signature, StringComparison.OrdinalIgnoreCase);
        Assert.Null(result.Error);
    }

    [Fact]
    public async Task Eicar_inside_a_docx_is_infected()
    {
        var scanner = await TestClamd.RequireAsync();
        using var content = new MemoryStream();
        using (var archive = new ZipArchive(content, ZipArchiveMode.Create, leaveOpen: true))
        {
            await WriteEntryAsync(archive, "[Content_Types].xml", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><Types/>"));
            await WriteEntryAsync(archive, "word/document.xml", TestClamd.Eicar());
        }

        content.Position = 0;
        var result = await scanner.ScanAsync(content, Token);

        Assert.Equal(ScanVerdict.Infected, result.Verdict);
        Assert.Contains("Eicar", result.Signature, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_large_clean_stream_is_sent_in_chunks_and_is_clean()
    {
        var scanner = await TestClamd.RequireAsync();
        using var content = new GeneratedStream(8 * 1024 * 1024);

        var result = await scanner.ScanAsync(content, Token);

        Assert.Equal(new ScanResult(ScanVerdict.Clean), result);
        Assert.Equal(content.Length, content.Position);
    }

    [Fact]
    public async Task Eicar_across_a_chunk_boundary_deep_in_a_large_stream_is_found()
    {
        var scanner = await TestClamd.RequireAsync();
        var bytes = new byte[3 * 1024 * 1024];
        new Random(7).NextBytes(bytes);
        var eicar = TestClamd.Eicar();
        eicar.CopyTo(bytes, (40 * ClamdScanner.ChunkSize) - 30);
        using var content = new MemoryStream(bytes);

        var result = await scanner.ScanAsync(content, Token);

        Assert.Equal(ScanVerdict.Infected, result.Verdict);
    }

    [Fact]
    public async Task A_stream_over_clamds_stream_limit_is_unavailable_not_an_exception()
    {
        // .ci/start-clamd.sh sets StreamMaxLength 25M.
        var scanner = await TestClamd.RequireAsync();
        using var content = new GeneratedStream(40L * 1024 * 1024);

        var result = await scanner.ScanAsync(content, Token);

        Assert.Equal(ScanVerdict.Unavailable, result.Verdict);
        Assert.False(string.IsNullOrEmpty(result.Error));
    }

    private static async Task WriteEntryAsync(ZipArchive archive, string name, byte[] data)
    {
        var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
        var stream = await entry.OpenAsync(Token);
        await using (stream.ConfigureAwait(false))
        {
            await stream.WriteAsync(data, Token);
        }
    }
}
