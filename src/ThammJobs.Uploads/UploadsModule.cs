using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ThammJobs.Uploads;

public static class UploadsModule
{
    /// <summary>File inspection, image re-encoding and antivirus, configured from <c>ThammJobs:Uploads</c>.</summary>
    public static IServiceCollection AddUploads(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<UploadOptions>(configuration.GetSection("ThammJobs:Uploads"));
        services.AddSingleton<Inspection.IFileInspector, Inspection.FileInspector>();
        services.AddSingleton<Images.IImageSanitizer, Images.ImageSanitizer>();
        services.AddSingleton<Scanning.IVirusScanner, Scanning.ClamdScanner>();
        // First-page previews of PDFs; their options (ThammJobs:Applications:PdfPreview) are bound by the module using them.
        services.AddOptions<Previews.PdfPreviewOptions>();
        services.AddSingleton<Previews.PdfPageRenderer>();
        services.AddSingleton<Previews.PdfTextExtractor>();
        return services;
    }
}
