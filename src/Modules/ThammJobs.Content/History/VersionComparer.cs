namespace ThammJobs.Content.History;

/// <summary>The fields that differ between two versions' JSON, in the order the newer version lists them.</summary>
public static class VersionComparer
{
    public static List<FieldChange> Compare(string? beforeJson, string? afterJson)
    {
        var before = ContentFields.Flatten(beforeJson);
        var after = ContentFields.Flatten(afterJson);
        var beforeByPath = before.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        var afterByPath = after.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        var changes = new List<FieldChange>();
        foreach (var (path, value) in after)
        {
            var old = beforeByPath.GetValueOrDefault(path);
            if (!string.Equals(old, value, StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(path, old, value));
            }
        }

        // Fields the newer version no longer has (an emptied optional section, a removed document).
        changes.AddRange(before.Where(f => !afterByPath.ContainsKey(f.Key)).Select(f => new FieldChange(f.Key, f.Value, null)));
        return changes;
    }
}
