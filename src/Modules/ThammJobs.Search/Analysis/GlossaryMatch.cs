namespace ThammJobs.Search.Analysis;

/// <summary>
/// Glossary wording found in analysed text: how many positions it covers, and the wordings of the
/// other language, each as analysed terms (one per position).
/// </summary>
internal sealed record GlossaryMatch(int Length, IReadOnlyList<IReadOnlyList<string>> Translations);
