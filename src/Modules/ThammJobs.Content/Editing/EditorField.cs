namespace ThammJobs.Content.Editing;

public enum FieldKind
{
    Text,
    LongText,
    Markdown,
    Lines,
    Integer,
    Date,
    DateTime,
    Select,
    Checks,
    Url,
}

/// <summary>
/// One field of an editor form: its path in the content (as ContentValidator names it), how it is typed, and
/// whether it is shared by both languages (shown once) or written in each (shown side by side).
/// <see cref="Options"/> are codes; their labels are <c>{OptionLabels}.{code}</c> in the module's strings.
/// </summary>
public sealed record EditorField(string Path, FieldKind Kind, bool Shared = false, bool Required = false, IReadOnlyList<string>? Options = null, string? OptionLabels = null)
{
    /// <summary>Resource key of the field's label: <c>Editor.Field.{path}</c>.</summary>
    public string Label => "Editor.Field." + System.Text.RegularExpressions.Regex.Replace(Path, @"\[\d+\]", "");

    /// <summary>The form control's id for one scope (<c>fr</c>, <c>ar</c> or <c>shared</c>).</summary>
    public string Id(string scope) => FieldIds.For(scope, Path);
}

/// <summary>Ids for form controls from field keys: letters, digits and dashes only, so they work as URL fragments.</summary>
public static class FieldIds
{
    public static string For(string scope, string path) =>
        "f-" + scope + "-" + new string(path.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
}

/// <summary>A titled group of fields on the form.</summary>
public sealed record EditorSection(string Title, IReadOnlyList<EditorField> Fields);
