namespace ThammJobs.Uploads.Inspection;

/// <summary>Decides whether a file may be kept: type by signature against an allow-list, then the type's own checks.</summary>
public interface IFileInspector
{
    /// <param name="content">A readable, seekable stream positioned at 0 (a temporary file); left at an unspecified position.</param>
    /// <param name="allowed">The types the document kind accepts.</param>
    Task<InspectionResult> InspectAsync(Stream content, IReadOnlySet<FileType> allowed, CancellationToken cancellationToken);
}
