namespace ThammJobs.Content.Recipes;

/// <summary>Every problem found in a recipe, each with the path of the step and field it concerns.</summary>
public sealed class RecipeErrors
{
    private readonly List<string> messages = [];

    public IReadOnlyList<string> Messages => messages;

    public bool Any => messages.Count > 0;

    public void Add(string path, string message) => messages.Add(string.IsNullOrEmpty(path) ? message : $"{path} : {message}");
}
