namespace ThammJobs.Content;

/// <summary>Configuration section <c>ThammJobs</c> as far as content is concerned.</summary>
public sealed class ContentOptions
{
    /// <summary>Folder holding the recipes; by default the copy of <c>content-recipes/</c> next to the binaries.</summary>
    public string RecipesFolder { get; set; } = Path.Combine(AppContext.BaseDirectory, "content-recipes");

    /// <summary>Run <c>thamm-plus.recipe.json</c> on the first start of an empty database.</summary>
    public bool SeedOnEmptyDatabase { get; set; } = true;

    /// <summary>Also import <c>demo.recipe.json</c> (sample offers) at start-up, once.</summary>
    public bool ImportDemoRecipe { get; set; }

    /// <summary>Days a private preview link stays valid (<c>ThammJobs:PreviewLinkDays</c>).</summary>
    public int PreviewLinkDays { get; set; } = 7;
}
