namespace ThammJobs.Search.Tests.Analysis;

/// <summary>Files of the repository the tests read, found from the test assembly's folder.</summary>
internal static class RepositoryFiles
{
    /// <summary>The glossary data file, read from the source tree (the project may not copy it to the output).</summary>
    public static string Glossary => Find(Path.Combine("src", "Modules", "ThammJobs.Search", "Glossary", "glossary.json"));

    private static string Find(string relativePath)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, relativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{relativePath} not found above {AppContext.BaseDirectory}.");
    }
}
