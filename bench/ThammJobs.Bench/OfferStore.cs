using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Content.Models;
using ThammJobs.Content.Services;
using ThammJobs.Core.Data;

namespace ThammJobs.Bench;

/// <summary>Sizes of the generated offers' text (summary and Markdown sections), per language.</summary>
internal sealed record TextSizes(double MeanChars, double MeanUtf8Bytes, int MinUtf8Bytes, int MaxUtf8Bytes, double MeanJsonBytes);

internal sealed record GenerationResult(int Offers, int TranslationSets, double Seconds, TextSizes French, TextSizes Arabic);

/// <summary>
/// Writes generated offers straight into the content table, bypassing <see cref="ContentManager"/> (one
/// transaction per item would take an hour for 100,000): batches of rows, no change detection, no
/// indexing tasks. The index is then rebuilt from the table, as after a restore.
/// </summary>
internal static class OfferStore
{
    private const int BatchRows = 1000;

    public static async Task<GenerationResult> InsertAsync(IServiceProvider services, IReadOnlyList<OfferTemplate> templates, int offers, int seed, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var generator = new OfferGenerator(templates, seed);
        var french = new SizeCounter();
        var arabic = new SizeCounter();
        var sets = offers / 2;

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ThammJobsDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var batch = new List<ContentItemVersion>(BatchRows);
        for (var i = 0; i < sets; i++)
        {
            var pair = generator.Next(i);
            batch.Add(Row(pair, "fr", pair.French, french));
            batch.Add(Row(pair, "ar", pair.Arabic, arabic));
            if (batch.Count >= BatchRows || i == sets - 1)
            {
                db.AddRange(batch);
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                batch.Clear();
            }
        }

        return new GenerationResult(sets * 2, sets, watch.Elapsed.TotalSeconds, french.Result(), arabic.Result());
    }

    private static ContentItemVersion Row(GeneratedPair pair, string culture, JobOffer offer, SizeCounter sizes)
    {
        var data = ContentJson.Serialize(offer);
        sizes.Add(offer, data);
        var set = $"bench-offer-{pair.Index:D6}";
        return new ContentItemVersion
        {
            ContentItemId = $"{set}-{culture}",
            Number = 1,
            ContentType = ContentTypes.JobOffer,
            Culture = culture,
            TranslationSet = set,
            Slug = pair.Slug,
            Title = offer.Title,
            Latest = true,
            Published = true,
            Data = data,
            CreatedUtc = pair.PublishedUtc,
            ModifiedUtc = pair.PublishedUtc,
            PublishedUtc = pair.PublishedUtc,
            DeadlineUtc = OfferDeadlines.ToUtc(offer.Deadline),
            Author = "bench",
        };
    }

    private sealed class SizeCounter
    {
        private long count;
        private long chars;
        private long bytes;
        private long json;
        private int min = int.MaxValue;
        private int max;

        public void Add(JobOffer offer, string data)
        {
            var s = offer.Sections;
            var parts = new List<string?> { offer.Title, offer.Summary, s.Project, s.Mission, s.ResponsibilitiesIntro };
            parts.AddRange(s.Responsibilities.SelectMany(b => new[] { b.Title, b.Body }));
            parts.AddRange([s.Qualifications.Education, s.Qualifications.Experience, s.Qualifications.TechnicalSkills,
                s.Qualifications.PersonalQualities, s.ComplementaryInfo, s.HowToApply, s.SelectionProcess]);
            var text = string.Join('\n', parts.Where(p => !string.IsNullOrEmpty(p)));
            var utf8 = Encoding.UTF8.GetByteCount(text);
            count++;
            chars += text.Length;
            bytes += utf8;
            json += Encoding.UTF8.GetByteCount(data);
            min = Math.Min(min, utf8);
            max = Math.Max(max, utf8);
        }

        public TextSizes Result() => count == 0
            ? new TextSizes(0, 0, 0, 0, 0)
            : new TextSizes((double)chars / count, (double)bytes / count, min, max, (double)json / count);
    }
}
