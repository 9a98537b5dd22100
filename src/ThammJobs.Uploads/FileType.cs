namespace ThammJobs.Uploads;

/// <summary>The file types the site accepts, as recognised from the content's signature (never the name).</summary>
public enum FileType
{
    Pdf,
    Docx,
    Odt,
    Jpeg,
    Png,
}
