using Microsoft.EntityFrameworkCore;
using ThammJobs.Content.Models;
using ThammJobs.Core.Data;

namespace ThammJobs.Content.Services;

/// <summary>Read side of the content store: what the public site shows is always the published version.</summary>
public sealed class ContentQueries(ThammJobsDbContext db)
{
    private IQueryable<ContentItemVersion> Published => db.Set<ContentItemVersion>().AsNoTracking().Where(v => v.Published);

    public Task<ContentItem<T>?> FindPublishedAsync<T>(string culture, string slug, CancellationToken cancellationToken = default)
        where T : IContent =>
        FirstAsync<T>(v => v.Culture == culture && v.Slug == slug, cancellationToken);

    public Task<ContentItem<T>?> FindPublishedInSetAsync<T>(string translationSet, string culture, CancellationToken cancellationToken = default)
        where T : IContent =>
        FirstAsync<T>(v => v.TranslationSet == translationSet && v.Culture == culture, cancellationToken);

    private async Task<ContentItem<T>?> FirstAsync<T>(System.Linq.Expressions.Expression<Func<ContentItemVersion, bool>> filter, CancellationToken cancellationToken)
        where T : IContent
    {
        var type = typeof(T).Name;
        var version = await Published.Where(v => v.ContentType == type).FirstOrDefaultAsync(filter, cancellationToken);
        return version is null ? null : new ContentItem<T>(version, ContentJson.Deserialize<T>(version.Data));
    }

    /// <summary>Published translations of a set, by culture, for the language switcher.</summary>
    public async Task<IReadOnlyDictionary<string, string>> PublishedSlugsAsync(string translationSet, CancellationToken cancellationToken = default) =>
        await Published.Where(v => v.TranslationSet == translationSet)
            .ToDictionaryAsync(v => v.Culture, v => v.Slug, cancellationToken);

    /// <summary>Published offers in one language, open ones first by closing date, closed ones newest first.</summary>
    public async Task<IReadOnlyList<ContentItem<JobOffer>>> ListOffersAsync(string culture, bool open, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var query = Offers(culture, open, now);
        query = open ? query.OrderBy(v => v.DeadlineUtc) : query.OrderByDescending(v => v.DeadlineUtc);
        var versions = await query.ToListAsync(cancellationToken);
        return versions.Select(v => new ContentItem<JobOffer>(v, ContentJson.Deserialize<JobOffer>(v.Data))).ToList();
    }

    public Task<int> CountOffersAsync(string culture, bool open, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        Offers(culture, open, now).CountAsync(cancellationToken);

    private IQueryable<ContentItemVersion> Offers(string culture, bool open, DateTimeOffset now)
    {
        // The whole minute of the deadline still counts as open (see OfferDeadlines.IsOpen).
        var threshold = now.UtcDateTime.AddMinutes(-1);
        var query = Published.Where(v => v.ContentType == ContentTypes.JobOffer && v.Culture == culture);
        return open ? query.Where(v => v.DeadlineUtc > threshold) : query.Where(v => v.DeadlineUtc <= threshold);
    }

    /// <summary>Published projects and pages in one language, for navigation.</summary>
    public async Task<IReadOnlyList<ContentItemVersion>> ListPublishedAsync(string contentType, string culture, CancellationToken cancellationToken = default) =>
        await Published.Where(v => v.ContentType == contentType && v.Culture == culture).OrderBy(v => v.Title).ToListAsync(cancellationToken);
}
