using System.Text;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using ThammJobs.Content.Models;
using ThammJobs.Core.Data;
using ThammJobs.Core.Localization;

namespace ThammJobs.Applications.Exports;

/// <summary>File names of exports: <c>THAMM-candidatures-&lt;offer-slug&gt;-&lt;date&gt;.csv</c>, the date being the site's today.</summary>
public sealed class ExportFiles(ThammJobsDbContext db, TimeProvider clock)
{
    public async Task<string> NameAsync(string offerSet, string kind, string extension, CancellationToken cancellationToken)
    {
        // The French slug: plain ASCII, the same whichever language the recruiter works in.
        var slug = await db.Set<ContentItemVersion>().AsNoTracking().Where(v => v.TranslationSet == offerSet && v.Culture == "fr")
            .OrderByDescending(v => v.Published).ThenByDescending(v => v.Latest).Select(v => v.Slug).FirstOrDefaultAsync(cancellationToken);
        var today = Instant.FromDateTimeOffset(clock.GetUtcNow()).InZone(SiteTime.Zone).Date;
        return $"THAMM-{kind}-{Safe(slug ?? offerSet)}-{today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}.{extension}";
    }

    private static string Safe(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        var result = builder.ToString().Trim('-');
        return result.Length == 0 ? "offre" : result.Length > 60 ? result[..60] : result;
    }

    /// <summary>A temporary file deleted when closed: exports are written there, then sent, so memory stays flat.</summary>
    public static FileStream TemporaryFile() =>
        new(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
}
