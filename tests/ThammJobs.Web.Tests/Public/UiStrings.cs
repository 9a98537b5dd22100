using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ThammJobs.Web.Tests.Public;

/// <summary>The interface strings of every module, read from the French and Arabic resource files.</summary>
internal static partial class UiStrings
{
    public static IEnumerable<string> ResourceBases()
    {
        var root = RepositoryRoot();
        return Directory.EnumerateFiles(root, "*.fr.resx", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => f[..^".fr.resx".Length]);
    }

    public static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(e => e.Attribute("name")!.Value, e => e.Element("value")!.Value);

    /// <summary>
    /// Pieces of French interface text (between placeholders, 8 characters or more) that have no reason to be
    /// on an Arabic page: texts shared by both languages (e.g. the language switcher's "Français") are left out.
    /// </summary>
    public static IReadOnlyList<string> FrenchOnlyFragments()
    {
        var fragments = new HashSet<string>(StringComparer.Ordinal);
        var bases = ResourceBases().ToList();
        var arabic = bases.SelectMany(b => Read(b + ".ar.resx").Values).ToHashSet(StringComparer.Ordinal);
        foreach (var resourceBase in bases)
        {
            var french = Read(resourceBase + ".fr.resx");
            foreach (var value in french.Values.Where(v => !arabic.Contains(v)))
            {
                foreach (var piece in Placeholder().Split(value).Select(p => p.Trim(' ', ',', '.', ':', '(', ')')).Where(p => p.Length >= 8))
                {
                    fragments.Add(piece);
                }
            }
        }

        return fragments.ToList();
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ThammJobs.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ThammJobs.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
