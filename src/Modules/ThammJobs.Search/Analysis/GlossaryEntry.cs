namespace ThammJobs.Search.Analysis;

/// <summary>
/// One concept of the glossary as written in the data file: its French and Arabic wordings (several
/// when the domain uses several, e.g. فلاحة and زراعة for agriculture).
/// </summary>
internal sealed record GlossaryEntry(IReadOnlyList<string> French, IReadOnlyList<string> Arabic);
