namespace ThammJobs.Content.Models;

/// <summary>A plain content page (about, personal-data notice…).</summary>
public sealed class Page : IContent
{
    public string Title { get; set; } = "";
    public string? Summary { get; set; }
    public string Body { get; set; } = "";
}
