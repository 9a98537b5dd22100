using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace ThammJobs.Search.Analysis;

/// <summary>
/// The analysed text fields of one offer, so the indexer fills <see cref="SearchFields"/> the way the
/// query parser expects, under the names of the offer's language (<see cref="DocumentFields"/>). Nothing is
/// stored: the indexer stores what it displays under its own fields.
/// </summary>
internal static class SearchTextFields
{
    /// <summary>
    /// Body text with the character offsets of every word in its postings, so a result's snippet is cut
    /// from its stored text without analysing it again (<c>PostingsSnippet</c>).
    /// </summary>
    private static readonly FieldType BodyType = new(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
    };

    static SearchTextFields() => BodyType.Freeze();

    /// <summary>
    /// Title and body in the fields of <paramref name="language"/>, and in <see cref="SearchFields.Fuzzy"/>
    /// and <see cref="SearchFields.Keywords"/>. The Arabic words a French text quotes also go to the
    /// Arabic fields (the French chain drops them); an Arabic text keeps its Latin words in the Arabic
    /// fields, where Latin query words are looked for too.
    /// </summary>
    public static IReadOnlyList<Field> Create(SearchLanguage language, string? title, string? body)
    {
        title ??= string.Empty;
        body ??= string.Empty;
        var fields = new List<Field>();
        AddLanguage(fields, language, language, title, body);
        if (language == SearchLanguage.French && (ContainsArabic(title) || ContainsArabic(body)))
        {
            AddLanguage(fields, SearchLanguage.Arabic, language, ArabicOnly(title), ArabicOnly(body));
        }

        var fuzzy = DocumentFields.Of(SearchFields.Fuzzy, language);
        var keywords = DocumentFields.Of(SearchFields.Keywords, language);
        fields.Add(new TextField(fuzzy, title, Field.Store.NO));
        fields.Add(new TextField(fuzzy, body, Field.Store.NO));
        fields.Add(new TextField(keywords, title, Field.Store.NO));
        fields.Add(new TextField(keywords, body, Field.Store.NO));
        return fields;
    }

    /// <param name="text">The language of the text (its fields and chain).</param>
    /// <param name="offer">The language of the offer the text belongs to.</param>
    private static void AddLanguage(List<Field> fields, SearchLanguage text, SearchLanguage offer, string title, string body)
    {
        fields.Add(new TextField(DocumentFields.Of(SearchFields.Title(text), offer), title, Field.Store.NO));
        fields.Add(new Field(DocumentFields.Of(SearchFields.Body(text), offer), body, BodyType));
    }

    private static bool ContainsArabic(string text) => text.Any(QueryLanguage.IsArabicLetter);

    /// <summary>
    /// The text with its Latin letters blanked out, so the French words of a French offer are not
    /// indexed twice. Same length as the text, so offsets still point into the original for highlighting.
    /// </summary>
    private static string ArabicOnly(string text) =>
        string.Create(text.Length, text, static (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                chars[i] = char.IsLetter(c) && !QueryLanguage.IsArabicLetter(c) ? ' ' : c;
            }
        });
}
