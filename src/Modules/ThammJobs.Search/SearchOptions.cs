namespace ThammJobs.Search;

/// <summary>Configuration section <c>ThammJobs:Search</c>.</summary>
public sealed class SearchOptions
{
    /// <summary>This node's own index folder (never shared between nodes). Default: <c>search</c> in the data folder.</summary>
    public string IndexFolder { get; set; } = "";

    /// <summary>How often a node looks for changes made by other nodes.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>A hole in task ids (a transaction still open, or rolled back) is waited for this long.</summary>
    public TimeSpan HoleTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Indexing tasks older than this are deleted; a node that was off longer rebuilds its index.</summary>
    public TimeSpan TaskRetention { get; set; } = TimeSpan.FromDays(7);
}
