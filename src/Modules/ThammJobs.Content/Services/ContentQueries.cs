using Microsoft.EntityFrameworkCore;
using ThammJobs.Content.Models;
using ThammJobs.Core.Data;

namespace ThammJobs.Content.Services;

/// <summary>Read side of the content store: what the public site shows is always the published version.</summary>
public sealed class ContentQueries(ThammJobsDbContext db)
{
    private IQueryable<ContentItemVersion> Published => db.Set<ContentItemVersion>().AsNoTracking().Where(v => v.Published);

    public async Task<ContentItem<T>?> FindPublishedAsync<T>(string culture, string slug, CancellationToken cancellationToken = default)
        where T : IContent
    {
        var type = typeof(T).Name;
        var version = await Published.FirstOrDefaultAsync(v => v.ContentType == type && v.Culture == culture && v.Slug == slug, cancellationToken);
        return version is null ? null : new ContentItem<T>(version, ContentJson.Deserialize<T>(version.Data));
    }

    public async Task<ContentItem<T>?> FindPublishedInSetAsync<T>(string translationSet, string culture, CancellationToken cancellationToken = default)
        where T : IContent
    {
        var type = typeof(T).Name;
        var version = await Published.FirstOrDefaultAsync(v => v.ContentType == type && v.TranslationSet == translationSet && v.Culture == culture, cancellationToken);
        return version is null ? null : new ContentItem<T>(version, ContentJson.Deserialize<T>(version.Data));
    }

    /// <summary>Published translations of a set, by culture, for the language switcher.</summary>
    public async Task<IReadOnlyDictionary<string, string>> PublishedSlugsAsync(string translationSet, CancellationToken cancellationToken = default) =>
        await Published.Where(v => v.TranslationSet == translationSet)
            .ToDictionaryAsync(v => v.Culture, v => v.Slug, cancellationToken);

    /// <summary>Published offers in one language, open ones first by closing date, closed ones newest first.</summary>
    public async Task<IReadOnlyList<ContentItem<JobOffer>>> ListOffersAsync(string culture, bool open, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        // The whole minute of the deadline still counts as open (see OfferDeadlines.IsOpen).
        var threshold = now.UtcDateTime.AddMinutes(-1);
        var query = Published.Where(v => v.ContentType == ContentTypes.JobOffer && v.Culture == culture);
        query = open
            ? query.Where(v => v.DeadlineUtc > threshold).OrderBy(v => v.DeadlineUtc)
            : query.Where(v => v.DeadlineUtc <= threshold).OrderByDescending(v => v.DeadlineUtc);
        var versions = await query.ToListAsync(cancellationToken);
        return versions.Select(v => new ContentItem<JobOffer>(v, ContentJson.Deserialize<JobOffer>(v.Data))).ToList();
    }

    public Task<int> CountOffersAsync(string culture, bool open, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var threshold = now.UtcDateTime.AddMinutes(-1);
        var query = Published.Where(v => v.ContentType == ContentTypes.JobOffer && v.Culture == culture);
        return open ? query.CountAsync(v => v.DeadlineUtc > threshold, cancellationToken) : query.CountAsync(v => v.DeadlineUtc <= threshold, cancellationToken);
    }

    /// <summary>Published projects and pages in one language, for navigation.</summary>
    public async Task<IReadOnlyList<ContentItemVersion>> ListPublishedAsync(string contentType, string culture, CancellationToken cancellationToken = default) =>
        await Published.Where(v => v.ContentType == contentType && v.Culture == culture).OrderBy(v => v.Title).ToListAsync(cancellationToken);
}
