namespace ThammJobs.Content.Recipes;

public sealed record ParsedRecipe(string Name, string? DisplayName, IReadOnlyList<ParsedStep> Steps);

public sealed record ParsedStep(IRecipeStep Step, object Plan);
