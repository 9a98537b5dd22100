namespace ThammJobs.Search.Analysis;

/// <summary>
/// Names of the analysed text fields. One field per language so that French text only ever meets the
/// French chain and Arabic text the Arabic chain; <see cref="SearchAnalyzers.PerField"/> maps each name
/// to its analyzer. <see cref="SearchTextFields"/> fills them for an offer.
/// </summary>
internal static class SearchFields
{
    /// <summary>Title of a French text: French chain (elision, accent folding, inclusive writing, feminine and plural forms).</summary>
    public const string TitleFrench = "title_fr";

    /// <summary>Body of a French text: French chain.</summary>
    public const string BodyFrench = "body_fr";

    /// <summary>Title of an Arabic text: Arabic chain (normalisation, digits, article and proclitics, light suffixes, Latin words lowercased).</summary>
    public const string TitleArabic = "title_ar";

    /// <summary>Body of an Arabic text: Arabic chain.</summary>
    public const string BodyArabic = "body_ar";

    /// <summary>
    /// Title and body of every offer, both scripts, lowercased, accent- and diacritic-folded, Arabic
    /// letters normalised, definite article removed, but not stemmed: the field typo-tolerant queries
    /// run against, since a fuzzy query on a stemmed field compares a misspelt word with stems and
    /// finds nothing.
    /// </summary>
    public const string Fuzzy = "fuzzy";

    /// <summary>
    /// Words the word tokenizer would break: a name followed by <c>+</c>, <c>++</c> or <c>#</c>, or by
    /// <c>+</c> and a number (<c>THAMM+</c>, <c>C++</c>, <c>C#</c>, <c>Bac+5</c>), lowercased, from title
    /// and body in either language. Without it <c>C#</c> becomes the French stop word <c>c</c> and the
    /// query vanishes.
    /// </summary>
    public const string Keywords = "keywords";

    /// <summary>The title field of a language.</summary>
    public static string Title(SearchLanguage language) =>
        language == SearchLanguage.Arabic ? TitleArabic : TitleFrench;

    /// <summary>The body field of a language.</summary>
    public static string Body(SearchLanguage language) =>
        language == SearchLanguage.Arabic ? BodyArabic : BodyFrench;
}
