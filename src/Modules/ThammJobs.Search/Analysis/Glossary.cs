using System.Text.Json;

namespace ThammJobs.Search.Analysis;

/// <summary>
/// The small bilingual glossary of the domain (migration / هجرة, agriculture / فلاحة …), kept as data
/// in <c>Glossary/glossary.json</c>, so that a query in one language also finds offers that exist only
/// in the other. Both sides are analysed when loading, each with its own chain, so matching happens on
/// analysed forms: migrations, Migration and migration all meet the entry, as do الهجرة and والهجرة.
/// Immutable once loaded, so one instance serves every thread.
/// </summary>
internal sealed class Glossary
{
    /// <summary>The manifest name of the file when the project embeds it (see the module's csproj).</summary>
    public const string ResourceName = "ThammJobs.Search.Glossary.glossary.json";

    private static readonly JsonDocumentOptions JsonOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    // Per source language: first analysed term of a wording → the wordings starting with it and their entry.
    private readonly Dictionary<string, List<(string[] Terms, int Entry)>> frenchIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string[] Terms, int Entry)>> arabicIndex = new(StringComparer.Ordinal);
    private readonly List<(string[][] French, string[][] Arabic)> analysed = [];

    private Glossary(IReadOnlyList<GlossaryEntry> entries)
    {
        Entries = entries;
        foreach (var entry in entries)
        {
            var french = entry.French.Select(w => AnalyzedTerms(w, SearchLanguage.French)).Where(t => t.Length > 0).ToArray();
            var arabic = entry.Arabic.Select(w => AnalyzedTerms(w, SearchLanguage.Arabic)).Where(t => t.Length > 0).ToArray();
            if (french.Length == 0 || arabic.Length == 0)
            {
                continue;
            }

            var index = analysed.Count;
            analysed.Add((french, arabic));
            AddToIndex(frenchIndex, french, index);
            AddToIndex(arabicIndex, arabic, index);
        }
    }

    public static Glossary Empty { get; } = new([]);

    /// <summary>The entries as written in the file.</summary>
    public IReadOnlyList<GlossaryEntry> Entries { get; }

    /// <summary>Entries usable for matching (both sides analyse to at least one term).</summary>
    public int Count => analysed.Count;

    /// <summary>Reads the glossary from JSON: <c>{ "entries": [ { "fr": ["…"], "ar": ["…"] }, … ] }</c>.</summary>
    /// <exception cref="InvalidDataException">The JSON does not have that shape.</exception>
    public static Glossary Load(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json, JsonOptions);
            return new Glossary(ReadEntries(document.RootElement));
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"The search glossary is not valid JSON: {exception.Message}", exception);
        }
    }

    /// <summary>Reads the glossary from a file.</summary>
    public static Glossary Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <summary>Reads the glossary embedded in this assembly as <see cref="ResourceName"/>.</summary>
    /// <exception cref="InvalidOperationException">The project does not embed the file.</exception>
    public static Glossary LoadEmbedded()
    {
        using var stream = typeof(Glossary).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(
                $"The search glossary is not embedded: the project needs <EmbeddedResource Include=\"Glossary\\glossary.json\" LogicalName=\"{ResourceName}\" />.");
        return Load(stream);
    }

    /// <summary>
    /// The other language's wordings of the entries whose wording in <paramref name="from"/> is exactly
    /// <paramref name="terms"/> (analysed terms, e.g. from <see cref="SearchAnalyzers.French"/>).
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> Translate(IReadOnlyList<string> terms, SearchLanguage from)
    {
        var positions = terms.Select((t, i) => new AnalyzedPosition(i, [t])).ToList();
        return MatchesAt(positions, 0, from).FirstOrDefault(m => m.Length == terms.Count)?.Translations ?? [];
    }

    /// <summary>
    /// The wordings in <paramref name="from"/> that start at <paramref name="start"/> in analysed text
    /// (any of the terms stacked at a position may match), longest first, with their translations.
    /// </summary>
    public IReadOnlyList<GlossaryMatch> MatchesAt(IReadOnlyList<AnalyzedPosition> positions, int start, SearchLanguage from)
    {
        if (start < 0 || start >= positions.Count)
        {
            return [];
        }

        var index = from == SearchLanguage.Arabic ? arabicIndex : frenchIndex;
        var byLength = new SortedDictionary<int, List<IReadOnlyList<string>>>(Comparer<int>.Create((a, b) => b.CompareTo(a)));
        foreach (var first in positions[start].Terms)
        {
            if (!index.TryGetValue(first, out var candidates))
            {
                continue;
            }

            foreach (var (terms, entry) in candidates)
            {
                if (!Matches(terms, positions, start))
                {
                    continue;
                }

                if (!byLength.TryGetValue(terms.Length, out var translations))
                {
                    translations = [];
                    byLength.Add(terms.Length, translations);
                }

                var (french, arabic) = analysed[entry];
                foreach (var translation in from == SearchLanguage.Arabic ? french : arabic)
                {
                    if (!translations.Any(t => t.SequenceEqual(translation)))
                    {
                        translations.Add(translation);
                    }
                }
            }
        }

        return byLength.Select(pair => new GlossaryMatch(pair.Key, pair.Value)).ToList();
    }

    private static bool Matches(string[] terms, IReadOnlyList<AnalyzedPosition> positions, int start)
    {
        if (start + terms.Length > positions.Count)
        {
            return false;
        }

        for (var i = 1; i < terms.Length; i++)
        {
            if (!positions[start + i].Terms.Contains(terms[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string[] AnalyzedTerms(string wording, SearchLanguage language) =>
        TextAnalysis.Analyze(SearchAnalyzers.For(language), SearchFields.Body(language), wording)
            .Select(p => p.Primary)
            .ToArray();

    private static void AddToIndex(Dictionary<string, List<(string[] Terms, int Entry)>> index, string[][] wordings, int entry)
    {
        foreach (var terms in wordings)
        {
            if (!index.TryGetValue(terms[0], out var list))
            {
                list = [];
                index.Add(terms[0], list);
            }

            list.Add((terms, entry));
        }
    }

    private static List<GlossaryEntry> ReadEntries(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("entries", out var entries) || entries.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException("The search glossary must be an object with an \"entries\" array.");
        }

        var result = new List<GlossaryEntry>();
        var number = 0;
        foreach (var entry in entries.EnumerateArray())
        {
            number++;
            result.Add(new GlossaryEntry(Wordings(entry, "fr", number), Wordings(entry, "ar", number)));
        }

        return result;
    }

    private static List<string> Wordings(JsonElement entry, string language, int number)
    {
        if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty(language, out var value))
        {
            throw new InvalidDataException($"Search glossary entry {number} has no \"{language}\" wordings.");
        }

        var wordings = value.ValueKind switch
        {
            JsonValueKind.String => [value.GetString()!],
            JsonValueKind.Array => value.EnumerateArray().Select(w => w.ValueKind == JsonValueKind.String ? w.GetString()! : "").ToList(),
            _ => [],
        };

        if (wordings.Count == 0 || wordings.Any(string.IsNullOrWhiteSpace))
        {
            throw new InvalidDataException($"Search glossary entry {number} has an empty \"{language}\" wording.");
        }

        return wordings;
    }
}
