using ThammJobs.Content.Editing;
using ThammJobs.Core.Localization;

namespace ThammJobs.Content.Pages.Admin.Content;

/// <summary>What the control partial draws: one field in one scope (<c>fr</c>, <c>ar</c> or <c>shared</c>).</summary>
public sealed record EditorControl(EditorField Field, string Scope, EditModel Page)
{
    public string Id => Field.Id(Scope);

    /// <summary>
    /// The value as the control shows it. In the Arabic column a Latin name ending in a sign gets the public pages'
    /// left-to-right mark ("THAMM+" would read "+THAMM" in a right-to-left field); ContentForm removes it on post.
    /// </summary>
    public string Value => Scope == "ar" ? BidiText.Fix(Page.Form.Get(Scope, Field.Path)) : Page.Form.Get(Scope, Field.Path);

    public string? Error => Page.Errors.GetValueOrDefault(ContentForm.Key(Scope, Field.Path));

    public string Name => ContentForm.Key(Scope, Field.Path);

    /// <summary>The language of what is typed: Arabic fields are right-to-left whatever the page's language.</summary>
    public string? Lang => Scope == ContentForm.SharedScope ? null : Scope;

    public string? Dir => Scope switch
    {
        "ar" => "rtl",
        "fr" => "ltr",
        _ => null,
    };
}
