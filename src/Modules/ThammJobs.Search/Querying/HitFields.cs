using Lucene.Net.Index;
using ThammJobs.Search.Indexing;

namespace ThammJobs.Search.Querying;

/// <summary>
/// Reads the stored fields a result shows straight into properties, skipping the others (the keys, and the summary,
/// which is read again only when no word of the body can be marked): no <c>Document</c> with a field object per value,
/// and no strings for what is not shown. One per result.
/// </summary>
internal sealed class HitFields : StoredFieldVisitor
{
    private readonly bool withSummary;

    public HitFields(bool withSummary = false) => this.withSummary = withSummary;

    public string? Id { get; private set; }

    public string? TranslationSet { get; private set; }

    public string? Culture { get; private set; }

    public string? Slug { get; private set; }

    public string? Title { get; private set; }

    public string? Summary { get; private set; }

    public string? Text { get; private set; }

    public string? CountryName { get; private set; }

    public string? ClosesOn { get; private set; }

    public long? ClosesAt { get; private set; }

    public string? City { get; private set; }

    public override Status NeedsField(FieldInfo fieldInfo) => fieldInfo.Name switch
    {
        OfferDocument.Id or OfferDocument.TranslationSet or OfferDocument.Culture or OfferDocument.Slug or OfferDocument.Title
            or OfferDocument.Text or OfferDocument.CountryName or OfferDocument.ClosesOn or OfferDocument.ClosesAt or OfferDocument.City => Status.YES,
        OfferDocument.Summary when withSummary => Status.YES,
        _ => Status.NO,
    };

    public override void StringField(FieldInfo fieldInfo, string value)
    {
        switch (fieldInfo.Name)
        {
            case OfferDocument.Id: Id = value; break;
            case OfferDocument.TranslationSet: TranslationSet = value; break;
            case OfferDocument.Culture: Culture = value; break;
            case OfferDocument.Slug: Slug = value; break;
            case OfferDocument.Title: Title = value; break;
            case OfferDocument.Summary: Summary = value; break;
            case OfferDocument.Text: Text = value; break;
            case OfferDocument.CountryName: CountryName = value; break;
            case OfferDocument.ClosesOn: ClosesOn = value; break;
            case OfferDocument.City: City ??= value; break;
        }
    }

    public override void Int64Field(FieldInfo fieldInfo, long value)
    {
        if (fieldInfo.Name == OfferDocument.ClosesAt)
        {
            ClosesAt = value;
        }
    }
}
