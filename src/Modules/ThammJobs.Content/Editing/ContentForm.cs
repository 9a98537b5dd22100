using System.Globalization;
using Microsoft.AspNetCore.Http;

using ThammJobs.Core.Localization;

namespace ThammJobs.Content.Editing;

/// <summary>
/// What the editor form holds, as typed: every value is kept as text (a "twelve" in a number field comes back
/// as "twelve" with its message), keyed <c>fr:title</c>, <c>ar:sections.mission</c>, <c>shared:deadline.local</c>,
/// the keys being the field paths ContentValidator reports. Read from the raw form rather than model binding:
/// the paths contain dots and brackets, and nothing a visitor posts can make binding fail.
/// </summary>
public sealed class ContentForm
{
    public const string SharedScope = "shared";

    /// <summary>Blank rows shown after the filled ones, so a row can be added without JavaScript.</summary>
    public const int BlankRows = 1;

    private readonly Dictionary<string, string[]> values = new(StringComparer.Ordinal);

    public Dictionary<string, int> Rows { get; } = new(StringComparer.Ordinal);

    // Scope and group → for each stored row, its row on the form (blank rows are not stored).
    private readonly Dictionary<string, Dictionary<int, int>> rowMaps = new(StringComparer.Ordinal);

    public void MapRow(string scope, string group, int stored, int onForm)
    {
        var key = Key(scope, group);
        if (!rowMaps.TryGetValue(key, out var map))
        {
            rowMaps[key] = map = [];
        }

        map[stored] = onForm;
    }

    /// <summary>A path as ContentValidator reports it (<c>documents[1].kind</c>) turned into the form's row.</summary>
    public string FormPath(string scope, string path)
    {
        foreach (var (key, map) in rowMaps)
        {
            var group = key[(key.IndexOf(':') + 1)..];
            if (key.StartsWith(scope + ":", StringComparison.Ordinal) && path.StartsWith(group + "[", StringComparison.Ordinal))
            {
                var end = path.IndexOf(']', group.Length);
                if (end > 0 && int.TryParse(path.AsSpan(group.Length + 1, end - group.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var stored)
                    && map.TryGetValue(stored, out var onForm))
                {
                    return $"{group}[{onForm}]{path[(end + 1)..]}";
                }
            }
        }

        return path;
    }

    public static string Key(string scope, string path) => scope + ":" + path;

    public static ContentForm FromRequest(IFormCollection form)
    {
        var result = new ContentForm();
        foreach (var (key, value) in form)
        {
            if (key.StartsWith("rows:", StringComparison.Ordinal))
            {
                if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var rows))
                {
                    result.Rows[key[5..]] = Math.Clamp(rows, 0, 50);
                }
            }
            else if (key.Contains(':', StringComparison.Ordinal) && key.Length < 200)
            {
                // Arabic fields are shown with BidiText.Fix's marks (see EditorControl.Value): they are not part of the text.
                result.values[key] = value.Select(v => BidiText.Unfix(v)).ToArray();
            }
        }

        return result;
    }

    public string Get(string scope, string path) =>
        values.TryGetValue(Key(scope, path), out var v) && v.Length > 0 ? v[0] : "";

    public IReadOnlyList<string> GetAll(string scope, string path) =>
        values.TryGetValue(Key(scope, path), out var v) ? v : [];

    public bool Has(string scope, string path, string value) => GetAll(scope, path).Contains(value, StringComparer.Ordinal);

    public void Set(string scope, string path, string? value) => values[Key(scope, path)] = [value ?? ""];

    public void SetAll(string scope, string path, IEnumerable<string> items) => values[Key(scope, path)] = items.ToArray();

    /// <summary>Number of rows of a repeated group, blank rows included.</summary>
    public int RowCount(string group) => Rows.TryGetValue(group, out var n) ? n : BlankRows;

    /// <summary>Whether anything was typed for one language (a blank column does not create a translation).</summary>
    public bool AnyTyped(string scope) =>
        values.Any(kv => kv.Key.StartsWith(scope + ":", StringComparison.Ordinal) && kv.Value.Any(v => !string.IsNullOrWhiteSpace(v)));

    /// <summary>Removes one row of a repeated group in the given scopes; the rows after it move up.</summary>
    public void RemoveRow(IEnumerable<string> scopes, string group, int index)
    {
        foreach (var scope in scopes)
        {
            var prefix = Key(scope, group) + "[";
            foreach (var key in values.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList()
                .Select(k => (Key: k, Row: RowOf(k, prefix))).Where(k => k.Row >= index).OrderBy(k => k.Row))
            {
                var row = values[key.Key];
                values.Remove(key.Key);
                if (key.Row > index)
                {
                    var rest = key.Key[(key.Key.IndexOf(']', prefix.Length) + 1)..];
                    values[$"{prefix}{key.Row - 1}]{rest}"] = row;
                }
            }
        }

        Rows[group] = Math.Max(ContentForm.BlankRows, RowCount(group) - 1);
    }

    private static int RowOf(string key, string prefix)
    {
        var end = key.IndexOf(']', prefix.Length);
        return end > 0 && int.TryParse(key.AsSpan(prefix.Length, end - prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : -1;
    }
}
