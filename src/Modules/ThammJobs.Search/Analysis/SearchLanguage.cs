namespace ThammJobs.Search.Analysis;

/// <summary>The two analysis chains of the index; each has its own fields.</summary>
internal enum SearchLanguage
{
    French,
    Arabic,
}
