using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Content.Recipes;
using ThammJobs.Core.Security;
using ThammJobs.Testing;
using ThammJobs.Web.Tests.Cli;
using ThammJobs.Web.Tests.Public;
using ThammJobs.Web.Tests.Recipes;

namespace ThammJobs.Web.Tests.BackOffice;

/// <summary>The back office's recipe export: the command line's file, as a download, that imports back.</summary>
public sealed class RecipeExportPageTests
{
    [Fact]
    public async Task The_download_is_the_command_lines_export_and_imports_back_to_the_same_content()
    {
        using var site = new SiteFactory();
        await Staff.CreateAsync(site, StandardRoles.Editor);
        var (editor, _) = await Staff.SignInAsync(site, "editor@thammjobs.test");
        var (_, page) = await Html.GetAsync(editor, "/fr/admin/recettes");
        var form = page.QuerySelector("form[action*='handler=Download']")!;

        var response = await editor.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("thammjobs-2026-11-26-1000.recipe.json", response.Content.Headers.ContentDisposition.FileNameStar);
        var downloaded = await response.Content.ReadAsByteArrayAsync();

        // The real command line on the same database. Only "displayName" differs: it names the export's time,
        // and the process runs on the real clock while the site runs on the test's.
        var cliFile = Path.Combine(site.Database.DataFolder, "cli.recipe.json");
        var cli = await HostProcess.RunAsync(site.Database.DataFolder, "recipes", "export", cliFile);
        Assert.True(cli.ExitCode == 0, cli.Error);
        var cliBytes = await File.ReadAllBytesAsync(cliFile);
        Assert.NotEqual(0xEF, downloaded[0]);   // no byte-order mark, like the command line's file
        Assert.Equal(WithoutDisplayName(cliBytes), WithoutDisplayName(downloaded));

        // Imported into an empty site, it gives the same content.
        using var copy = new SiteFactory().With("ThammJobs:SeedOnEmptyDatabase", "false");
        _ = copy.CreateClient();
        var recipe = Path.Combine(copy.Database.DataFolder, "downloaded.recipe.json");
        await File.WriteAllBytesAsync(recipe, downloaded);
        await copy.WithScopeAsync(sp => sp.GetRequiredService<RecipeExecutor>().ImportFileAsync(recipe));
        Assert.Equal(await SiteContent.LatestAsync(site), await SiteContent.LatestAsync(copy));
        Assert.Equal(await SiteContent.SettingsAsync(site), await SiteContent.SettingsAsync(copy));
    }

    private static string WithoutDisplayName(byte[] json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        Assert.StartsWith("Export du ", node["displayName"]!.GetValue<string>(), StringComparison.Ordinal);
        var text = System.Text.Encoding.UTF8.GetString(json);
        return text.Replace(node["displayName"]!.GetValue<string>(), "", StringComparison.Ordinal);
    }
}
