namespace ThammJobs.Uploads.Inspection;

/// <summary>
/// PDF policy (see docs/uploads.md): encrypted files are refused (nothing inside can be checked), active content
/// (JavaScript, launch actions, embedded files, rich media, XFA) is refused, open actions and forms are accepted
/// with a flag for recruiters, and a file without objects or without %%EOF is refused as corrupt.
/// </summary>
internal sealed class PdfInspector(UploadOptions options)
{
    public const string OpenActionFlag = "pdf-open-action";
    public const string FormsFlag = "pdf-forms";

    /// <summary>Where the end-of-file marker must be (viewers accept it within the last 1024 bytes).</summary>
    private const int EofWindow = 1024;

    public InspectionResult Inspect(byte[] data, CancellationToken cancellationToken) => Inspect(data, data.Length, cancellationToken);

    /// <summary>Inspects the first <paramref name="length"/> bytes of <paramref name="file"/> (a reused, larger array).</summary>
    public InspectionResult Inspect(byte[] file, int length, CancellationToken cancellationToken)
    {
        var data = file.AsSpan(0, length);
        var tail = data[Math.Max(0, data.Length - EofWindow)..];
        if (tail.IndexOf("%%EOF"u8) < 0)
        {
            return InspectionResult.Refuse(RefusalCodes.PdfCorrupt, FileType.Pdf);
        }

        var findings = new PdfFindings { InflationBudget = checked(4 * options.MaxFileBytes) };
        new PdfScanner(findings, cancellationToken).ScanFile(file, length);

        if (findings.Objects == 0 || findings.Undecodable)
        {
            return InspectionResult.Refuse(RefusalCodes.PdfCorrupt, FileType.Pdf);
        }

        if (findings.Encrypted)
        {
            return InspectionResult.Refuse(RefusalCodes.PdfEncrypted, FileType.Pdf);
        }

        if (findings.InflationBudgetExceeded)
        {
            // Streams inflating far beyond the file's size: a decompression bomb, whatever the container.
            return InspectionResult.Refuse(RefusalCodes.ZipBomb, FileType.Pdf);
        }

        if (findings.ActiveContent)
        {
            return InspectionResult.Refuse(RefusalCodes.PdfActiveContent, FileType.Pdf);
        }

        var flags = new List<string>();
        if (findings.OpenAction)
        {
            flags.Add(OpenActionFlag);
        }

        if (findings.Forms)
        {
            flags.Add(FormsFlag);
        }

        return InspectionResult.Accept(FileType.Pdf, flags);
    }
}
