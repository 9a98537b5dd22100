namespace ThammJobs.Content.History;

/// <summary>One field that differs between two versions; null on a side where the field has no value.</summary>
public sealed record FieldChange(string Path, string? Before, string? After)
{
    /// <summary>Long or multi-line text (Markdown sections, bodies) is shown as a line and word difference.</summary>
    public bool IsText => IsLong(Before) || IsLong(After);

    private static bool IsLong(string? text) => text is not null && (text.Contains('\n', StringComparison.Ordinal) || text.Length > 80);
}
