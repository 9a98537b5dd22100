namespace ThammJobs.Content.Recipes;

/// <summary>A recipe refused as a whole; nothing of it was written.</summary>
public sealed class RecipeValidationException(IReadOnlyList<string> errors)
    : Exception("Recette refusée, rien n'a été modifié :" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  - " + e)))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
