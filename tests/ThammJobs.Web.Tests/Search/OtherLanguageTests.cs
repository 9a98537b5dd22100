using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Content.Models;
using ThammJobs.Content.Services;
using ThammJobs.Testing;

namespace ThammJobs.Web.Tests.Search;

public sealed class OtherLanguageTests
{
    [Fact]
    public async Task An_offer_published_only_in_Arabic_is_found_from_the_French_site_and_marked()
    {
        using var site = new SiteFactory(now: new DateTimeOffset(2026, 1, 10, 9, 0, 0, TimeSpan.Zero));
        var client = site.CreateClient();
        await site.WithScopeAsync(async sp =>
        {
            var arabic = await sp.GetRequiredService<ContentQueries>().FindPublishedInSetAsync<JobOffer>("offer-expert-migration-nationale", "ar");
            var data = JsonNode.Parse(arabic!.Version.Data)!.AsObject();
            data["title"] = "مستشار(ة) في الهجرة الدائرية";
            var draft = new ContentDraft("offer-arabic-only-ar", ContentTypes.JobOffer, "ar", "offer-arabic-only", "mustashar-hijra", ContentJson.Deserialize<JobOffer>(data.ToJsonString()));
            return await sp.GetRequiredService<ContentManager>().SaveAsync(draft, publish: true, author: "test");
        });

        // "migration" is French; the glossary carries it to هجرة in the Arabic-only offer.
        var found = false;
        await SearchApi.WaitUntilAsync(async () =>
        {
            var answer = await SearchApi.GetAsync(client, "q=migration&culture=fr");
            found = answer.GetProperty("results").EnumerateArray().Any(r =>
                r.GetProperty("id").GetString() == "offer-arabic-only-ar" && r.GetProperty("matchedInOtherLanguage").GetBoolean());
            return found;
        }, TimeSpan.FromSeconds(5));

        Assert.True(found);
        var translated = await SearchApi.GetAsync(client, "q=migration&culture=fr");
        Assert.DoesNotContain(translated.GetProperty("results").EnumerateArray(), r => r.GetProperty("id").GetString() == "offer-expert-migration-nationale-ar");
    }
}
