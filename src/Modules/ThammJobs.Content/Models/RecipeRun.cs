namespace ThammJobs.Content.Models;

/// <summary>A record that a recipe ran: which one, which file content, when, and what it changed.</summary>
public sealed class RecipeRun
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public required string Sha256 { get; set; }
    public DateTime RanUtc { get; set; }
    public int ItemsCreated { get; set; }
    public int ItemsUpdated { get; set; }
    public int ItemsUnchanged { get; set; }
}
