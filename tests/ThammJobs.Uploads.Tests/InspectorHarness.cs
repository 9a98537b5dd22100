using Microsoft.Extensions.Options;
using ThammJobs.Uploads.Inspection;

namespace ThammJobs.Uploads.Tests;

/// <summary>Runs the real inspector on bytes, as the upload code does on a temporary file.</summary>
internal static class InspectorHarness
{
    public static readonly IReadOnlySet<FileType> AllTypes = new HashSet<FileType>(Enum.GetValues<FileType>());

    public static Task<InspectionResult> InspectAsync(byte[] content, IReadOnlySet<FileType>? allowed = null, UploadOptions? options = null)
    {
        var inspector = new FileInspector(Options.Create(options ?? new UploadOptions()));
        return inspector.InspectAsync(new MemoryStream(content, writable: false), allowed ?? AllTypes, TestContext.Current.CancellationToken);
    }

    public static IReadOnlySet<FileType> Only(params FileType[] types) => new HashSet<FileType>(types);
}
