using ThammJobs.Search.Analysis;
using ThammJobs.Search.Querying;
using ThammJobs.Search.Tests.Analysis;

namespace ThammJobs.Search.Tests.Querying;

/// <summary>Snippets cut from the offsets kept in the postings, as the site shows them for a result.</summary>
public sealed class PostingsSnippetTests
{
    private static readonly UserQueryParser Parser = new(Glossary.Load(RepositoryFiles.Glossary));

    private static string? Snippet(TestOffer offer, string query)
    {
        using var index = new TestIndex([offer]);
        var parsed = Parser.Parse(query);
        return PostingsSnippet.Build(index.Searcher.IndexReader, 0, offer.Body, SnippetPhrase.From(DocumentFields.For(parsed.Query, offer.Language)));
    }

    [Fact]
    public void French_words_are_marked_in_any_form_with_the_text_as_written()
    {
        var body = "Le projet THAMM+ accompagne les travailleuses et travailleurs.\nIl soutient la mobilité circulaire des jeunes & des femmes.";

        var snippet = Snippet(TestOffer.French("fr", "Titre", body), "mobilite travailleur");

        Assert.NotNull(snippet);
        Assert.Contains("<mark>mobilité</mark>", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>travailleurs</mark>", snippet, StringComparison.Ordinal);
        Assert.Contains("&amp;", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Arabic_words_are_marked_as_letters_not_entities()
    {
        var body = "يهدف المشروع إلى دعم الهجرة النظامية والتنقل الدائري للعمال.";

        var snippet = Snippet(TestOffer.Arabic("ar", "عنوان", body), "هجرة");

        Assert.NotNull(snippet);
        Assert.Contains("<mark>الهجرة</mark>", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("&#", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_phrase_is_marked_only_where_its_words_follow_each_other()
    {
        var body = "La circulaire du ministère parle de mobilité. Plus loin : la mobilité circulaire des saisonniers.";

        var snippet = Snippet(TestOffer.French("fr", "Titre", body), "\"mobilité circulaire\"");

        Assert.NotNull(snippet);
        Assert.Contains("<mark>mobilité</mark> <mark>circulaire</mark>", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("La <mark>circulaire</mark>", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("de <mark>mobilité</mark>.", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Excluded_words_are_not_marked()
    {
        var body = "Formation à Casablanca sur la mobilité des travailleurs.";

        var snippet = Snippet(TestOffer.French("fr", "Titre", body), "mobilité -Casablanca");

        Assert.NotNull(snippet);
        Assert.Contains("<mark>mobilité</mark>", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>Casablanca</mark>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void The_passage_is_where_most_words_of_the_query_are()
    {
        var filler = string.Join(' ', Enumerable.Repeat("Le poste demande de la rigueur et du sens de l'organisation.", 12));
        var body = $"La migration est au cœur du projet. {filler} Un infirmier en migration circulaire est attendu à Agadir.";

        var snippet = Snippet(TestOffer.French("fr", "Titre", body), "migration infirmier");

        Assert.NotNull(snippet);
        Assert.Contains("<mark>infirmier</mark> en <mark>migration</mark>", snippet, StringComparison.Ordinal);
        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Length < PostingsSnippet.Length + 80, snippet);
    }

    [Fact]
    public void No_snippet_when_the_body_does_not_hold_the_words() =>
        Assert.Null(Snippet(TestOffer.French("fr", "Infirmier", "Un poste à Agadir."), "infirmier"));
}
