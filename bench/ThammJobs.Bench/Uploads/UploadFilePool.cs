using System.Diagnostics;
using Microsoft.Extensions.Options;
using ThammJobs.Applications.Services;
using ThammJobs.Testing.Files;
using ThammJobs.Uploads;
using ThammJobs.Uploads.Images;
using ThammJobs.Uploads.Inspection;

namespace ThammJobs.Bench.Uploads;

/// <summary>One generated file: its bytes, the name a candidate gives it, the type the site should recognise.</summary>
internal sealed record PoolFile(FileType Type, string Name, byte[] Content, string ContentType);

/// <summary>What checking a generated file with the site's own inspector (and, for images, its re-encoder) found.</summary>
internal sealed record PoolFileCheck(string Type, string Name, int Bytes, int? Width, int? Height, double InspectMs, double? ReencodeMs, double? ThumbnailMs);

/// <summary>
/// The files the candidates send, generated before anything is timed: N PDFs (CV), N DOCX (cover letter) and N JPEGs
/// (diploma scan) with sizes spread evenly between the minimum and the maximum, from the shared test fixtures library.
/// Every file is checked to be within the size range and accepted by the site's <see cref="FileInspector"/> with the
/// type it should have; every JPEG is also re-encoded once by the site's <see cref="ImageSanitizer"/> (what the site
/// does to it), which gives the single-threaded cost of that step.
/// </summary>
internal sealed class UploadFilePool
{
    private UploadFilePool(List<PoolFile> pdfs, List<PoolFile> docx, List<PoolFile> jpegs, List<PoolFileCheck> checks, double seconds)
    {
        Pdfs = pdfs;
        Docx = docx;
        Jpegs = jpegs;
        Checks = checks;
        GenerationSeconds = seconds;
    }

    public IReadOnlyList<PoolFile> Pdfs { get; }
    public IReadOnlyList<PoolFile> Docx { get; }
    public IReadOnlyList<PoolFile> Jpegs { get; }
    public IReadOnlyList<PoolFileCheck> Checks { get; }
    public double GenerationSeconds { get; }

    public static async Task<UploadFilePool> CreateAsync(int perType, double minMegabytes, double maxMegabytes, Action<string> log)
    {
        var watch = Stopwatch.StartNew();
        var min = (long)(minMegabytes * 1e6);
        var max = (long)(maxMegabytes * 1e6);

        // Targets a little inside the range: the generators are approximate (within a few per cent).
        var low = min + (max - min) * 0.02 + 20_000;
        var high = max - (max - min) * 0.02 - 20_000;
        var targets = Enumerable.Range(0, perType)
            .Select(i => (int)(perType == 1 ? (low + high) / 2 : low + (high - low) * i / (perType - 1)))
            .ToList();

        var pdfs = targets.Select((bytes, i) => new PoolFile(FileType.Pdf, $"CV candidat {i + 1}.pdf", PdfFixtures.Valid(bytes), "application/pdf")).ToList();
        var docx = targets.Select((bytes, i) => new PoolFile(
            FileType.Docx, $"رسالة التحفيز {i + 1}.docx", OfficeFixtures.Docx(bytes), DocumentIntake.ContentTypeOf(FileType.Docx))).ToList();
        var jpegs = targets.Select((bytes, i) => new PoolFile(FileType.Jpeg, $"diplome-scan-{i + 1}.jpg", JpegOfAbout(bytes), "image/jpeg")).ToList();
        log($"generated {perType} PDF, {perType} DOCX and {perType} JPEG files in {watch.Elapsed.TotalSeconds:F1} s; checking them with the site's inspector");

        var checks = new List<PoolFileCheck>();
        var inspector = new FileInspector(Options.Create(new UploadOptions()));
        var sanitizer = new ImageSanitizer(Options.Create(new UploadOptions()));
        foreach (var file in pdfs.Concat(docx).Concat(jpegs))
        {
            if (file.Content.Length < min || file.Content.Length > max)
            {
                throw new InvalidOperationException($"{file.Name}: {file.Content.Length:N0} bytes, outside {min:N0}–{max:N0}.");
            }

            var started = Stopwatch.GetTimestamp();
            using var stream = new MemoryStream(file.Content, writable: false);
            var inspection = await inspector.InspectAsync(stream, new HashSet<FileType> { file.Type }, CancellationToken.None);
            var inspectMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (!inspection.Accepted || inspection.Type != file.Type)
            {
                throw new InvalidOperationException($"{file.Name}: the site's inspector says {inspection.RefusalCode ?? inspection.Type?.ToString()}, expected an accepted {file.Type}.");
            }

            int? width = null, height = null;
            double? reencodeMs = null, thumbnailMs = null;
            if (file.Type == FileType.Jpeg)
            {
                stream.Position = 0;
                using var clean = new MemoryStream();
                started = Stopwatch.GetTimestamp();
                var result = await sanitizer.SanitizeAsync(stream, FileType.Jpeg, clean, CancellationToken.None);
                reencodeMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException($"{file.Name}: the site's image re-encoder refuses it ({result.RefusalCode}).");
                }

                (width, height) = (result.Width, result.Height);
                clean.Position = 0;
                using var thumbnail = new MemoryStream();
                started = Stopwatch.GetTimestamp();
                await sanitizer.ThumbnailAsync(clean, thumbnail, DocumentIntake.ThumbnailSide, CancellationToken.None);
                thumbnailMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }

            checks.Add(new PoolFileCheck(file.Type.ToString(), file.Name, file.Content.Length, width, height, inspectMs, reencodeMs, thumbnailMs));
        }

        return new UploadFilePool(pdfs, docx, jpegs, checks, watch.Elapsed.TotalSeconds);
    }

    /// <summary>A portrait (3:4) JPEG of about <paramref name="bytes"/>: a probe gives the bytes per pixel, one correction follows.</summary>
    private static byte[] JpegOfAbout(int bytes)
    {
        static (int Width, int Height) Size(double pixels) => ((int)Math.Sqrt(pixels * 3 / 4), (int)Math.Sqrt(pixels * 4 / 3));

        const int probeWidth = 600, probeHeight = 800;
        var perPixel = (double)ImageFixtures.Jpeg(probeWidth, probeHeight).Length / (probeWidth * probeHeight);
        var (width, height) = Size(bytes / perPixel);
        var jpeg = ImageFixtures.Jpeg(width, height);
        perPixel = (double)jpeg.Length / (width * height);
        (width, height) = Size(bytes / perPixel);
        return ImageFixtures.Jpeg(width, height);
    }
}
