using Lucene.Net.Search;

namespace ThammJobs.Search.Tests.Analysis;

/// <summary>Measures of a built query, to check it stays far below Lucene's clause limit.</summary>
internal static class QueryShape
{
    /// <summary>Term, phrase and fuzzy queries in the whole tree.</summary>
    public static int Leaves(Query query) => query switch
    {
        BooleanQuery boolean => boolean.Clauses.Sum(c => Leaves(c.Query)),
        DisjunctionMaxQuery max => max.Disjuncts.Sum(Leaves),
        _ => 1,
    };

    /// <summary>The most clauses any single boolean query of the tree holds (Lucene throws past 1,024).</summary>
    public static int WidestBoolean(Query query) => query switch
    {
        BooleanQuery boolean => Math.Max(boolean.Clauses.Count, boolean.Clauses.Select(c => WidestBoolean(c.Query)).DefaultIfEmpty(0).Max()),
        DisjunctionMaxQuery max => max.Disjuncts.Select(WidestBoolean).DefaultIfEmpty(0).Max(),
        _ => 0,
    };
}
