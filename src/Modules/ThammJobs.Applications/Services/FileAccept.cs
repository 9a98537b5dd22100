using ThammJobs.Uploads;

namespace ThammJobs.Applications.Services;

/// <summary>The file input's <c>accept</c> hint (the server still decides by signature).</summary>
public static class FileAccept
{
    public static IEnumerable<string> For(FileType type) => type switch
    {
        FileType.Pdf => [".pdf", "application/pdf"],
        FileType.Docx => [".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
        FileType.Odt => [".odt", "application/vnd.oasis.opendocument.text"],
        FileType.Jpeg => [".jpg", ".jpeg", "image/jpeg"],
        FileType.Png => [".png", "image/png"],
        _ => [],
    };
}

/// <summary>File sizes as people read them, in the page's language.</summary>
public static class FileSizes
{
    public static string Format(long bytes, string culture)
    {
        var ar = culture == "ar";
        var format = ThammJobs.Core.Localization.SiteCultures.Formatting(culture);
        return bytes switch
        {
            < 1024 => string.Format(format, ar ? "{0} بايت" : "{0} o", bytes),
            < 1024 * 1024 => string.Format(format, ar ? "{0:0} ك.ب" : "{0:0} Ko", bytes / 1024.0),
            _ => string.Format(format, ar ? "{0:0.0} م.ب" : "{0:0.0} Mo", bytes / (1024.0 * 1024.0)),
        };
    }
}
