using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ThammJobs.Testing.Files;
using ThammJobs.Uploads.Previews;

namespace ThammJobs.Uploads.Tests.Previews;

/// <summary>The text preview used without pdftoppm: PdfPig, the first page only, cut and cleaned, with the page count.</summary>
public sealed class PdfTextExtractorTests : IDisposable
{
    private static readonly CancellationToken Cancellation = TestContext.Current.CancellationToken;

    private readonly string folder = Directory.CreateTempSubdirectory("thammjobs-text-test-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static PdfTextExtractor Extractor(PdfPreviewOptions? options = null) =>
        new(Options.Create(options ?? new PdfPreviewOptions()), NullLogger<PdfTextExtractor>.Instance);

    private string Write(byte[] pdf)
    {
        var path = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(path, pdf);
        return path;
    }

    [Fact]
    public async Task The_first_page_text_and_the_page_count()
    {
        var (outcome, preview) = await Extractor().ExtractFirstPageAsync(Write(PdfFixtures.WithPages("Curriculum vitae\nSalma Bennani", "Page deux", "Page trois")), Cancellation);

        Assert.Equal(PreviewOutcome.Done, outcome);
        Assert.Equal(3, preview!.PageCount);
        Assert.Contains("Curriculum vitae", preview.Text, StringComparison.Ordinal);
        Assert.Contains("Salma Bennani", preview.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("deux", preview.Text, StringComparison.Ordinal);
        Assert.False(preview.Truncated);
    }

    [Fact]
    public async Task Long_text_is_cut_to_the_configured_length()
    {
        var (outcome, preview) = await Extractor(new PdfPreviewOptions { TextCharacters = 100 }).ExtractFirstPageAsync(Write(PdfFixtures.Valid(20_000)), Cancellation);

        Assert.Equal(PreviewOutcome.Done, outcome);
        Assert.True(preview!.Truncated);
        Assert.InRange(preview.Text.Length, 50, 101);
        Assert.EndsWith("…", preview.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("without-pages")]
    [InlineData("not-a-pdf")]
    public async Task An_unreadable_file_fails_without_throwing(string which)
    {
        var bytes = which == "without-pages" ? PdfFixtures.WithoutPages() : "%PDF-1.7\n\u0001\u0002 garbage garbage\n%%EOF\n"u8.ToArray();

        var (outcome, preview) = await Extractor().ExtractFirstPageAsync(Write(bytes), Cancellation);

        Assert.Equal(PreviewOutcome.Failed, outcome);
        Assert.Null(preview);
    }

    [Fact]
    public async Task A_file_over_the_size_budget_is_not_read()
    {
        var (outcome, _) = await Extractor(new PdfPreviewOptions { TextMaxMegabytes = 0 }).ExtractFirstPageAsync(Write(PdfFixtures.Valid()), Cancellation);

        Assert.Equal(PreviewOutcome.Failed, outcome);
    }

    [Fact]
    public void Cleaning_drops_controls_and_bidi_overrides_and_collapses_blank_space()
    {
        var cleaned = PdfTextExtractor.Clean("  Nom :\u202E Salma\u0007   Bennani \r\n\r\n\r\n\r\nمهندس\u2066 مدني\t\u200F ");

        Assert.Equal("Nom : Salma Bennani\n\nمهندس مدني", cleaned);
    }
}
