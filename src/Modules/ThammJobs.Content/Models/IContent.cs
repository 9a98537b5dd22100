namespace ThammJobs.Content.Models;

/// <summary>What every typed content has: a title to list and a summary to describe it.</summary>
public interface IContent
{
    string Title { get; }
    string? Summary { get; }
}
