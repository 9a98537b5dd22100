namespace ThammJobs.Content.Recipes;

/// <summary>What one import did, step after step.</summary>
public sealed class RecipeContext
{
    public int Created { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
}
