using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Content.Recipes;
using ThammJobs.Testing;

namespace ThammJobs.Web.Tests.Public;

/// <summary>Content that tries to run script (a compromised editor account, a pasted snippet) stays text on the page.</summary>
public sealed class HostileContentTests
{
    private const string Payload = "</script><script>alert('x')</script><img src=x onerror=alert(1)>";

    [Fact]
    public async Task Script_in_titles_and_Markdown_never_runs_on_the_public_page()
    {
        using var site = new SiteFactory(now: new DateTimeOffset(2026, 1, 10, 9, 0, 0, TimeSpan.Zero));
        _ = site.CreateClient();
        var recipe = JsonNode.Parse(await File.ReadAllTextAsync(Recipes.SiteContent.RecipePath("thamm-plus")))!.AsObject();
        var offer = recipe["steps"]![1]!["items"]![2]!["data"]!.AsObject();
        offer["title"] = "Expert.e " + Payload;
        offer["summary"] = "\" onmouseover=\"alert(1)";
        offer["city"] = Payload;
        offer["sections"]!["mission"] = $"Mission {Payload}\n\n[cliquer](javascript:alert(1)) <a href=\"javascript:alert(2)\">lien</a>";
        offer["sections"]!["responsibilities"]![0]!["title"] = Payload;
        await site.WithScopeAsync(sp => sp.GetRequiredService<RecipeExecutor>().ImportAsync(recipe.ToJsonString()));

        var client = site.CreateClient();
        var html = await client.GetStringAsync("/fr/offres/expert-migration-nationale-thamm-equipe-france");
        var home = await client.GetStringAsync("/fr");

        foreach (var page in new[] { html, home })
        {
            var document = Html.Parse(page);
            Assert.All(document.QuerySelectorAll("script"), s => Assert.Equal("application/ld+json", s.GetAttribute("type")));
            Assert.Empty(document.QuerySelectorAll("img"));
            Assert.All(document.QuerySelectorAll("*"), e => Assert.DoesNotContain(e.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
            Assert.All(document.QuerySelectorAll("a[href]"), a => Assert.DoesNotContain("javascript:", a.GetAttribute("href")!, StringComparison.OrdinalIgnoreCase));
        }

        var offerPage = Html.Parse(html);
        Assert.Contains(Payload, offerPage.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        using var jsonLd = JsonDocument.Parse(offerPage.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("Expert.e " + Payload, jsonLd.RootElement.GetProperty("title").GetString());
    }
}
