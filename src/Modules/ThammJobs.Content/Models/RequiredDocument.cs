namespace ThammJobs.Content.Models;

/// <summary>One entry of a posting's "documents to provide" list; it drives the application form.</summary>
public sealed class RequiredDocument
{
    public string Kind { get; set; } = "";
    public LocalizedText Label { get; set; } = new();
    public bool Required { get; set; }
    public int MaxFiles { get; set; } = 1;

    /// <summary>Accepted file types (<c>pdf</c>, <c>docx</c>, <c>odt</c>, <c>jpeg</c>, <c>png</c>); empty means all five.</summary>
    public List<string> FileTypes { get; set; } = [];
}

/// <summary>A short text given in both languages, for data shared by the two translations.</summary>
public sealed class LocalizedText
{
    public string Fr { get; set; } = "";
    public string Ar { get; set; } = "";

    public string For(string culture) => culture == "ar" ? Ar : Fr;
}
