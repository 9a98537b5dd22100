namespace ThammJobs.Content.Models;

/// <summary>A programme or project that offers belong to (THAMM+ Équipe France).</summary>
public sealed class Project : IContent
{
    public string Name { get; set; } = "";
    public string? Acronym { get; set; }
    public string? FullName { get; set; }
    public string? Summary { get; set; }
    public string Body { get; set; } = "";
    public string? Location { get; set; }
    public int? DurationMonths { get; set; }
    public List<string> Funders { get; set; } = [];
    public List<string> Partners { get; set; } = [];

    string IContent.Title => Name;
}
