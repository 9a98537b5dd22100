using System.Text;
using ThammJobs.Uploads.Inspection;
using ThammJobs.Testing.Files;
using static ThammJobs.Uploads.Tests.InspectorHarness;

namespace ThammJobs.Uploads.Tests;

public sealed class SignatureInspectionTests
{
    public static TheoryData<string, byte[]> Executables => new()
    {
        { "PE", ExecutableFixtures.WindowsPe() },
        { "ELF", ExecutableFixtures.Elf() },
        { "Mach-O", ExecutableFixtures.MachO() },
        { "script", ExecutableFixtures.ShellScript() },
        { "PE with a PDF header", ExecutableFixtures.PeWithPdfHeader() },
    };

    [Theory]
    [MemberData(nameof(Executables))]
    public async Task Renamed_executables_are_refused(string kind, byte[] content)
    {
        var result = await InspectAsync(content);

        Assert.True(result.RefusalCode == RefusalCodes.Executable, $"{kind}: {result.RefusalCode}");
        Assert.Null(result.Type);
    }

    [Fact]
    public async Task Empty_file_is_refused() =>
        Assert.Equal(RefusalCodes.Empty, (await InspectAsync([])).RefusalCode);

    [Fact]
    public async Task File_over_the_size_limit_is_refused_before_anything_else()
    {
        var options = new UploadOptions { MaxFileBytes = 10_000 };

        Assert.Equal(RefusalCodes.TooLarge, (await InspectAsync(PdfFixtures.Valid(20_000), options: options)).RefusalCode);
        Assert.True((await InspectAsync(PdfFixtures.Valid(5_000), options: options)).Accepted);
    }

    [Fact]
    public async Task Text_file_is_unrecognised() =>
        Assert.Equal(RefusalCodes.Unrecognised, (await InspectAsync(Encoding.UTF8.GetBytes("Curriculum vitae — سيرة ذاتية"))).RefusalCode);

    [Fact]
    public async Task Pdf_header_after_1024_bytes_is_not_a_pdf()
    {
        byte[] late = [.. Encoding.ASCII.GetBytes(new string(' ', 1100)), .. PdfFixtures.Valid()];

        Assert.Equal(RefusalCodes.Unrecognised, (await InspectAsync(late)).RefusalCode);
    }

    [Fact]
    public async Task Non_seekable_stream_is_inspected_too()
    {
        var inspector = new FileInspector(Microsoft.Extensions.Options.Options.Create(new UploadOptions()));
        await using var stream = new ForwardOnlyStream(OfficeFixtures.Docx());

        var result = await inspector.InspectAsync(stream, AllTypes, TestContext.Current.CancellationToken);

        Assert.True(result.Accepted, result.RefusalCode);
        Assert.Equal(FileType.Docx, result.Type);
    }

    [Fact]
    public async Task Cancellation_is_observed()
    {
        var inspector = new FileInspector(Microsoft.Extensions.Options.Options.Create(new UploadOptions()));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => inspector.InspectAsync(new MemoryStream(PdfFixtures.Valid()), AllTypes, cancelled.Token));
    }

    /// <summary>A network-like stream: no Length, no seeking.</summary>
    private sealed class ForwardOnlyStream(byte[] content) : Stream
    {
        private readonly MemoryStream _inner = new(content);

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
