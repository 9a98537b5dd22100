using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;
using ThammJobs.Testing.Files;
using ThammJobs.Uploads.Images;
using ThammJobs.Uploads.Previews;

namespace ThammJobs.Uploads.Tests.Previews;

/// <summary>pdftoppm in its limited child process, and what comes out of it: a re-encoded JPEG of the first page, or "failed".</summary>
public sealed class PdfPageRendererTests : IDisposable
{
    private static readonly CancellationToken Cancellation = TestContext.Current.CancellationToken;

    private readonly string folder = Directory.CreateTempSubdirectory("thammjobs-render-test-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static PdfPageRenderer Renderer(PdfPreviewOptions? options = null) =>
        new(Options.Create(options ?? new PdfPreviewOptions()), new ImageSanitizer(Options.Create(new UploadOptions())), NullLogger<PdfPageRenderer>.Instance);

    private string Write(byte[] pdf)
    {
        var path = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(path, pdf);
        return path;
    }

    [Fact]
    public async Task The_first_page_becomes_a_jpeg_of_the_configured_size_without_metadata()
    {
        TestPdftoppm.Require();
        // Page 1 is white with a title, page 2 is black all over: the image shows page 1 only.
        var pdf = Write(PdfFixtures.WithPages("Curriculum vitae\nSalma Bennani", "#"));
        using var jpeg = new MemoryStream();

        var outcome = await Renderer().RenderFirstPageAsync(pdf, jpeg, Cancellation);

        Assert.Equal(PreviewOutcome.Done, outcome);
        var bytes = jpeg.ToArray();
        var info = Image.Identify(bytes, out var format);
        Assert.Equal(JpegFormat.Instance, format);
        Assert.Equal(800, Math.Max(info.Width, info.Height));
        Assert.Equal(Math.Round(800 * 595 / 842.0), info.Width, 1.0);   // A4 portrait kept
        Assert.Null(info.Metadata.ExifProfile);
        Assert.Null(info.Metadata.XmpProfile);
        Assert.Null(info.Metadata.IccProfile);
        Assert.Null(info.Metadata.IptcProfile);
        using var image = Image.Load<L8>(bytes);
        var (dark, total) = (0, 0);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                foreach (var pixel in rows.GetRowSpan(y))
                {
                    total++;
                    dark += pixel.PackedValue < 128 ? 1 : 0;
                }
            }
        });
        Assert.InRange(dark, 200, total / 10);   // the title's letters are drawn, and the page is not the black one
    }

    [Fact]
    public async Task A_page_of_two_hundred_inches_is_drawn_at_the_same_size()
    {
        TestPdftoppm.Require();
        using var jpeg = new MemoryStream();

        var outcome = await Renderer().RenderFirstPageAsync(Write(PdfFixtures.WithHugePage()), jpeg, Cancellation);

        Assert.Equal(PreviewOutcome.Done, outcome);
        var info = Image.Identify(jpeg.ToArray());
        Assert.Equal((800, 800), (info.Width, info.Height));
    }

    [Fact]
    public async Task A_pdf_without_pages_fails_and_leaves_nothing_behind()
    {
        TestPdftoppm.Require();
        var before = TempFolders();
        using var jpeg = new MemoryStream();

        var outcome = await Renderer().RenderFirstPageAsync(Write(PdfFixtures.WithoutPages()), jpeg, Cancellation);

        Assert.Equal(PreviewOutcome.Failed, outcome);
        Assert.Equal(0, jpeg.Length);
        Assert.Empty(TempFolders().Except(before));
    }

    [Fact]
    public async Task A_page_that_takes_minutes_to_draw_is_killed_at_the_timeout()
    {
        TestPdftoppm.Require();
        var before = TempFolders();
        using var jpeg = new MemoryStream();
        var clock = Stopwatch.StartNew();

        var outcome = await Renderer(new PdfPreviewOptions { TimeoutSeconds = 2, CpuSeconds = 60 })
            .RenderFirstPageAsync(Write(PdfFixtures.SlowToDraw()), jpeg, Cancellation);

        Assert.Equal(PreviewOutcome.Failed, outcome);
        Assert.InRange(clock.Elapsed.TotalSeconds, 1.5, 20);
        Assert.Equal(0, jpeg.Length);
        Assert.Empty(TempFolders().Except(before));
        Assert.DoesNotContain(Process.GetProcessesByName("pdftoppm"), p => p.StartTime >= DateTime.Now - clock.Elapsed);
    }

    [Fact]
    public async Task The_cpu_limit_stops_the_drawing_before_the_wall_clock_does()
    {
        TestPdftoppm.Require();
        Assert.SkipUnless(OperatingSystem.IsLinux(), "CPU limits are set with prlimit/ulimit on Linux");
        using var jpeg = new MemoryStream();
        var clock = Stopwatch.StartNew();

        var outcome = await Renderer(new PdfPreviewOptions { TimeoutSeconds = 120, CpuSeconds = 1 })
            .RenderFirstPageAsync(Write(PdfFixtures.SlowToDraw()), jpeg, Cancellation);

        Assert.Equal(PreviewOutcome.Failed, outcome);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}: the CPU limit did not apply ({ProcessLimits.Mechanism})");
    }

    [Fact]
    public async Task A_caller_that_stops_waiting_gets_cancelled_not_failed()
    {
        TestPdftoppm.Require();
        using var jpeg = new MemoryStream();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);
        stop.CancelAfter(TimeSpan.FromMilliseconds(500));

        var outcome = await Renderer(new PdfPreviewOptions { TimeoutSeconds = 60 }).RenderFirstPageAsync(Write(PdfFixtures.SlowToDraw()), jpeg, stop.Token);

        Assert.Equal(PreviewOutcome.Cancelled, outcome);
    }

    [Fact]
    public async Task The_child_gets_its_arguments_as_a_list_and_none_of_the_sites_environment()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "a shell script stands in for pdftoppm");
        Environment.SetEnvironmentVariable("THAMMJOBS_TEST_RENDER_SECRET", "s3cret-password");
        var dump = Path.Combine(folder, "seen.txt");
        var script = Path.Combine(folder, "fake-pdftoppm");
        File.WriteAllText(script, $"#!/bin/sh\nenv > '{dump}'\nfor a in \"$@\"; do echo \"arg:$a\" >> '{dump}'; done\nexit 3\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        }

        // A file name a shell would act on, were one ever built from it.
        var pdf = Path.Combine(folder, "cv; touch pwned $(id).pdf");
        File.WriteAllBytes(pdf, PdfFixtures.Valid());
        using var jpeg = new MemoryStream();

        var outcome = await Renderer(new PdfPreviewOptions { PdftoppmPath = script }).RenderFirstPageAsync(pdf, jpeg, Cancellation);

        Assert.Equal(PreviewOutcome.Failed, outcome);   // exit code 3
        var seen = File.ReadAllText(dump);
        Assert.DoesNotContain("s3cret-password", seen, StringComparison.Ordinal);
        Assert.Contains("LC_ALL=C", seen, StringComparison.Ordinal);
        Assert.Contains("arg:" + pdf + "\n", seen, StringComparison.Ordinal);
        Assert.Contains("arg:-singlefile\n", seen, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "pwned")));
    }

    [Fact]
    public void A_configured_path_that_does_not_exist_means_no_renderer()
    {
        var renderer = Renderer(new PdfPreviewOptions { PdftoppmPath = Path.Combine(folder, "no-such-pdftoppm") });

        Assert.False(renderer.IsAvailable);
        Assert.Null(renderer.PdftoppmPath);
    }

    private static HashSet<string> TempFolders() =>
        Directory.EnumerateDirectories(Path.GetTempPath(), "thammjobs-pdf-*").ToHashSet(StringComparer.Ordinal);
}
