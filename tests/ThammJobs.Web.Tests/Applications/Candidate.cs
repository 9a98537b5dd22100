using Microsoft.AspNetCore.Mvc.Testing;
using ThammJobs.Testing;

namespace ThammJobs.Web.Tests.Applications;

/// <summary>Shortcuts for tests that need an application already sent.</summary>
internal static class Candidate
{
    public static HttpClient Client(SiteFactory site) => site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Applies with valid fields and the three required files; returns the status page path (with its token).</summary>
    public static async Task<string> ApplyAsync(SiteFactory site, string culture = "fr", string email = "salma.bennani@example.ma", List<UploadFile>? files = null)
    {
        var candidate = new ApplyClient(Client(site), culture);
        await candidate.OpenAsync();
        var response = await candidate.SubmitAsync(ApplyClient.ValidFields(email), files ?? ApplyClient.RequiredFiles());
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException("The application was not accepted: " + candidate.Text[..Math.Min(candidate.Text.Length, 2000)]);
        }

        var location = response.Headers.Location!.OriginalString;
        return location[..location.IndexOf('?', StringComparison.Ordinal)];
    }
}
