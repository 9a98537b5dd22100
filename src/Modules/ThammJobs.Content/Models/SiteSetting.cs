namespace ThammJobs.Content.Models;

/// <summary>A site-wide setting (site name per language, contact address…), set by the settings recipe step.</summary>
public sealed class SiteSetting
{
    public required string Key { get; set; }
    public required string Value { get; set; }
}
