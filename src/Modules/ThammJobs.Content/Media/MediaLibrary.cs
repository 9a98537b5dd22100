using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ThammJobs.Content.Caching;
using ThammJobs.Content.Data;
using ThammJobs.Content.Models;
using ThammJobs.Core.Audit;
using ThammJobs.Core.Data;
using ThammJobs.Core.Localization;
using ThammJobs.Uploads;
using ThammJobs.Uploads.Images;
using ThammJobs.Uploads.Inspection;

namespace ThammJobs.Content.Media;

/// <summary>
/// Adding, describing and removing images. An upload goes through the candidate upload checks (type from the
/// content signature, JPEG or PNG only, header-only size check before decoding, bounded memory) and is stored
/// re-encoded without any metadata; alternative texts are required in both languages.
/// Errors are resource keys of <c>ContentStrings</c>, by form field (<see cref="FileField"/>, <see cref="AltFrField"/>, <see cref="AltArField"/>).
/// </summary>
public sealed class MediaLibrary(
    ThammJobsDbContext db,
    MediaStore store,
    IFileInspector inspector,
    IImageSanitizer sanitizer,
    IAuditTrail audit,
    TimeProvider clock,
    IOptions<MediaOptions> options,
    IOptions<UploadOptions> uploadOptions)
{
    public const string FileField = "file";
    public const string AltFrField = "altFr";
    public const string AltArField = "altAr";

    private static readonly IReadOnlySet<FileType> ImageTypes = new HashSet<FileType> { FileType.Jpeg, FileType.Png };

    public long MaxFileBytes => Math.Min(options.Value.MaxFileBytes, uploadOptions.Value.MaxFileBytes);

    public Task<List<MediaItem>> ListAsync(CancellationToken cancellationToken) =>
        db.Set<MediaItem>().AsNoTracking().OrderByDescending(m => m.CreatedUtc).ToListAsync(cancellationToken);

    public async Task<MediaItem?> FindAsync(string? id, CancellationToken cancellationToken) =>
        MediaUrls.IsId(id) ? await db.Set<MediaItem>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken) : null;

    public async Task<(MediaItem? Item, Dictionary<string, string> Errors)> UploadAsync(
        Stream? content, string? fileName, string? altFr, string? altAr, string author, CancellationToken cancellationToken)
    {
        var errors = CheckAlts(altFr, altAr);
        string? refusal = content is null || content.Length == 0 ? RefusalCodes.Empty
            : content.Length > MaxFileBytes ? RefusalCodes.TooLarge
            : null;
        FileType? type = null;
        if (refusal is null)
        {
            var inspection = await inspector.InspectAsync(content!, ImageTypes, cancellationToken);
            refusal = inspection.RefusalCode;
            type = inspection.Type;
        }

        if (refusal is not null)
        {
            errors[FileField] = "Media.Refusal." + refusal;
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var id = MediaStore.NewId();
        var storedName = id + (type == FileType.Png ? ".png" : ".jpg");
        var path = store.OriginalPath(storedName);
        var temp = MediaStore.TempBeside(path);
        try
        {
            ImageResult result;
            content!.Position = 0;
            await using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                result = await sanitizer.SanitizeAsync(content, type!.Value, output, cancellationToken);
                await output.FlushAsync(cancellationToken);
                output.Flush(flushToDisk: true);
            }

            if (!result.Succeeded)
            {
                File.Delete(temp);
                errors[FileField] = "Media.Refusal." + result.RefusalCode;
                return (null, errors);
            }

            byte[] hash;
            long length;
            await using (var written = File.OpenRead(temp))
            {
                length = written.Length;
                hash = await SHA256.HashDataAsync(written, cancellationToken);
            }

            MediaStore.Publish(temp, path);
            var item = new MediaItem
            {
                Id = id,
                StoredName = storedName,
                OriginalName = SafeName(fileName),
                ContentType = type == FileType.Png ? "image/png" : "image/jpeg",
                Width = result.Width,
                Height = result.Height,
                Length = length,
                Sha256 = Convert.ToHexStringLower(hash),
                AltFr = altFr!.Trim(),
                AltAr = BidiText.Unfix(altAr).Trim(),
                CreatedBy = author,
                CreatedUtc = clock.GetUtcNow().UtcDateTime,
            };
            db.Set<MediaItem>().Add(item);
            audit.Record(new AuditRecord("media", "created", "media", id, Changes:
                [new("file", null, item.OriginalName), new("altFr", null, item.AltFr), new("altAr", null, item.AltAr)]));
            await db.SaveChangesAsync(cancellationToken);
            return (item, errors);
        }
        catch
        {
            File.Delete(temp);
            if (db.Set<MediaItem>().Local.All(m => m.Id != id))
            {
                // The row was never added: the published original would be an orphan.
                File.Delete(path);
            }

            throw;
        }
    }

    /// <summary>New alternative texts; the public pages that show the image are retired from the cache.</summary>
    public async Task<Dictionary<string, string>?> UpdateAltsAsync(string id, string? altFr, string? altAr, CancellationToken cancellationToken)
    {
        var item = MediaUrls.IsId(id) ? await db.Set<MediaItem>().FirstOrDefaultAsync(m => m.Id == id, cancellationToken) : null;
        if (item is null)
        {
            return null;
        }

        var errors = CheckAlts(altFr, altAr);
        if (errors.Count > 0)
        {
            return errors;
        }

        altAr = BidiText.Unfix(altAr);
        var changes = new List<AuditChange>();
        if (item.AltFr != altFr!.Trim())
        {
            changes.Add(new("altFr", item.AltFr, altFr.Trim()));
            item.AltFr = altFr.Trim();
        }

        if (item.AltAr != altAr!.Trim())
        {
            changes.Add(new("altAr", item.AltAr, altAr.Trim()));
            item.AltAr = altAr.Trim();
        }

        if (changes.Count > 0)
        {
            audit.Record(new AuditRecord("media", "updated", "media", id, Changes: changes));
            await RetirePublicPagesAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        return errors;
    }

    /// <summary>Offers (latest or published, any language) whose banner is this image, by title.</summary>
    public async Task<List<string>> BannerOfAsync(string id, CancellationToken cancellationToken)
    {
        // The banner is inside the content JSON; the id is 32 hex digits, so a plain text match cannot hit anything else.
        var needle = "\"bannerMedia\":\"" + id + "\"";
        return await db.Set<ContentItemVersion>().AsNoTracking()
            .Where(v => v.ContentType == ContentTypes.JobOffer && (v.Latest || v.Published) && v.Data.Contains(needle))
            .Select(v => v.Title)
            .Distinct()
            .ToListAsync(cancellationToken);
    }

    /// <summary>Deletes the image unless an offer uses it as its banner (the titles are returned instead).</summary>
    public async Task<(bool Deleted, List<string> UsedBy)> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        var item = MediaUrls.IsId(id) ? await db.Set<MediaItem>().FirstOrDefaultAsync(m => m.Id == id, cancellationToken) : null;
        if (item is null)
        {
            return (false, []);
        }

        var usedBy = await BannerOfAsync(id, cancellationToken);
        if (usedBy.Count > 0)
        {
            return (false, usedBy);
        }

        db.Set<MediaItem>().Remove(item);
        audit.Record(new AuditRecord("media", "deleted", "media", id, Changes: [new("file", item.OriginalName, null)]));
        await RetirePublicPagesAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        // After the commit: a failed delete must not leave a row without its file.
        store.Delete(item.Id, item.StoredName);
        return (true, []);
    }

    private static Dictionary<string, string> CheckAlts(string? altFr, string? altAr)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, value) in new[] { (AltFrField, altFr), (AltArField, altAr) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors[field] = "Media.AltRequired";
            }
            else if (value.Trim().Length > MediaItemLimits.AltLength)
            {
                errors[field] = "Media.AltTooLong";
            }
        }

        return errors;
    }

    private static string SafeName(string? fileName)
    {
        var name = Path.GetFileName(fileName ?? "").Trim();
        return name.Length > 255 ? name[..255] : name;
    }

    // Pages showing the image (its alt text in a banner, or the image itself) are cached: the content
    // generation row moves in the same commit, so every node drops its cached pages (see ContentChangeInterceptor).
    private async Task RetirePublicPagesAsync(CancellationToken cancellationToken)
    {
        var row = await db.Set<SiteSetting>().FindAsync([ContentGeneration.SettingKey], cancellationToken);
        if (row is null)
        {
            db.Set<SiteSetting>().Add(new SiteSetting { Key = ContentGeneration.SettingKey, Value = Guid.NewGuid().ToString("N") });
        }
        else
        {
            row.Value = Guid.NewGuid().ToString("N");
        }
    }
}
