using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Core.Security;
using ThammJobs.Testing;

namespace ThammJobs.Web.Tests.BackOffice;

/// <summary>
/// Every back-office route and handler, tried anonymously and with each role, against the table below. A new
/// back-office route or handler without a line in the table fails the test: deciding who may use it is part of
/// adding it.
/// </summary>
public sealed class AuthorizationMatrixTests
{
    private enum Outcome
    {
        /// <summary>The page answers (200, or a redirect elsewhere than sign-in or "access denied" after a POST).</summary>
        Allowed,
        /// <summary>Sent to the sign-in page.</summary>
        Login,
        /// <summary>Sent to the "access denied" page.</summary>
        Denied,
        /// <summary>Answers the same to everyone: public pages of the sign-in flow.</summary>
        Public,
        /// <summary>Past authorization, but the sample item does not exist (404).</summary>
        Missing,
    }

    private const Outcome A = Outcome.Allowed;
    private const Outcome D = Outcome.Denied;

    private static readonly string[] Visitors = ["anonymous", .. StandardRoles.All];

    // Route (GET), "GET route handler" (an OnGet… handler other than OnGet) or "POST route handler" → outcome for Administrator, Editor, Recruiter, Reviewer (anonymous: Login unless Public).
    private static readonly Dictionary<string, Outcome[]> Table = new(StringComparer.Ordinal)
    {
        ["{culture:culture}/admin"] = [A, A, A, A],
        ["{culture:culture}/admin/utilisateurs"] = [A, D, D, D],
        ["POST {culture:culture}/admin/utilisateurs Create"] = [A, D, D, D],
        ["POST {culture:culture}/admin/utilisateurs Lock"] = [A, D, D, D],
        ["{culture:culture}/admin/contenus"] = [A, A, D, D],
        ["POST {culture:culture}/admin/contenus Publish"] = [A, A, D, D],
        ["POST {culture:culture}/admin/contenus Unpublish"] = [A, A, D, D],
        ["{culture:culture}/admin/contenus/nouveau"] = [A, A, D, D],
        // The editor, tried on the seeded offer with an empty form: refused with messages (nothing is saved).
        ["{culture:culture}/admin/contenus/{set}/modifier"] = [A, A, D, D],
        ["POST {culture:culture}/admin/contenus/{set}/modifier Save"] = [A, A, D, D],
        ["POST {culture:culture}/admin/contenus/{set}/modifier Preview"] = [A, A, D, D],
        ["POST {culture:culture}/admin/contenus/{set}/modifier Publish"] = [A, A, D, D],
        ["POST {culture:culture}/admin/contenus/{set}/modifier Unpublish"] = [A, A, D, D],
        ["POST {culture:culture}/admin/contenus/{set}/modifier Rows"] = [A, A, D, D],
        ["POST {culture:culture}/admin/contenus/{set}/modifier Markdown"] = [A, A, D, D],
        // History of an item that does not exist: "not found" for editors, "denied" for the others.
        ["{culture:culture}/admin/contenus/{contentItemId}/historique"] = [Outcome.Missing, Outcome.Missing, D, D],
        ["POST {culture:culture}/admin/contenus/{contentItemId}/historique Restore"] = [Outcome.Missing, Outcome.Missing, D, D],
        // The media library needs Media.Manage (editors); an upload or deletion posted empty answers with messages.
        ["{culture:culture}/admin/medias"] = [A, A, D, D],
        ["POST {culture:culture}/admin/medias Upload"] = [A, A, D, D],
        ["POST {culture:culture}/admin/medias Delete"] = [A, A, D, D],
        ["{culture:culture}/admin/medias/{id}"] = [Outcome.Missing, Outcome.Missing, D, D],
        ["POST {culture:culture}/admin/medias/{id} Save"] = [Outcome.Missing, Outcome.Missing, D, D],
        ["{culture:culture}/admin/recettes"] = [A, A, D, D],
        ["POST {culture:culture}/admin/recettes Download"] = [A, A, D, D],
        ["{culture:culture}/admin/journal"] = [A, D, D, D],
        ["{culture:culture}/admin/regles"] = [A, D, D, D],
        ["{culture:culture}/admin/modeles"] = [A, D, D, D],
        ["POST {culture:culture}/admin/modeles Save"] = [A, D, D, D],
        ["POST {culture:culture}/admin/modeles Preview"] = [A, D, D, D],
        ["POST {culture:culture}/admin/modeles Specialise"] = [A, D, D, D],
        ["POST {culture:culture}/admin/modeles Remove"] = [A, D, D, D],
        // Scheduling needs Content.Publish; with no such item the answer is "not found" for those who hold it.
        ["{culture:culture}/admin/contenus/{id}/planifier"] = [Outcome.Missing, Outcome.Missing, D, D],
        ["POST {culture:culture}/admin/contenus/{id}/planifier Schedule"] = [Outcome.Missing, Outcome.Missing, D, D],
        ["POST {culture:culture}/admin/contenus/{id}/planifier Cancel"] = [Outcome.Missing, Outcome.Missing, D, D],
        // Each member of staff manages their own two-factor sign-in.
        ["{culture:culture}/admin/securite"] = [A, A, A, A],
        ["POST {culture:culture}/admin/securite Enable"] = [A, A, A, A],
        ["POST {culture:culture}/admin/securite Disable"] = [A, A, A, A],
        ["POST {culture:culture}/admin/securite RecoveryCodes"] = [A, A, A, A],
        ["{culture:culture}/admin/candidatures"] = [A, D, A, A],
        // Offer and candidate pages need the offer assigned: with no such offer/application the answer is
        // "not found" for those who may read applications, and "denied" for the others.
        ["{culture:culture}/admin/candidatures/offre/{offerSet}"] = [A, D, Outcome.Denied, Outcome.Denied],
        ["POST {culture:culture}/admin/candidatures/offre/{offerSet} Assign"] = [A, D, Outcome.Denied, Outcome.Denied],
        ["POST {culture:culture}/admin/candidatures/offre/{offerSet} Unassign"] = [A, D, Outcome.Denied, Outcome.Denied],
        // Bulk actions check the offer's assignment in code (recruiters and reviewers here are assigned to nothing);
        // an administrator posting nothing checked gets the list back with a message.
        ["POST {culture:culture}/admin/candidatures/offre/{offerSet} Move"] = [A, D, Outcome.Denied, Outcome.Denied],
        ["POST {culture:culture}/admin/candidatures/offre/{offerSet} Reject"] = [A, D, Outcome.Denied, Outcome.Denied],
        ["POST {culture:culture}/admin/candidatures/offre/{offerSet} AssignReviewer"] = [A, D, Outcome.Denied, Outcome.Denied],
        ["POST {culture:culture}/admin/candidatures/offre/{offerSet} Download"] = [A, D, Outcome.Denied, Outcome.Denied],
        ["{culture:culture}/admin/candidatures/offre/{offerSet}/tableau"] = [A, D, Outcome.Denied, Outcome.Denied],
        // Exports and the dashboard: those who manage applications, on offers they may open; reviewers never.
        // Without a format (or with nothing checked) an administrator is sent back to the list.
        ["{culture:culture}/admin/candidatures/offre/{offerSet}/export"] = [A, D, D, D],
        ["POST {culture:culture}/admin/candidatures/offre/{offerSet}/export Selection"] = [A, D, D, D],
        ["{culture:culture}/admin/tableau-de-bord"] = [A, D, A, D],
        ["{culture:culture}/admin/candidatures/motifs"] = [A, D, D, D],
        ["POST {culture:culture}/admin/candidatures/motifs Add"] = [A, D, D, D],
        ["POST {culture:culture}/admin/candidatures/motifs Save"] = [A, D, D, D],
        ["{culture:culture}/admin/candidatures/{id:guid}"] = [Outcome.Missing, D, Outcome.Missing, Outcome.Missing],
        ["POST {culture:culture}/admin/candidatures/{id:guid} Move"] = [Outcome.Missing, D, Outcome.Missing, Outcome.Missing],
        // A document, the thumbnail of a scan, the first-page preview of a PDF: the file's own access check.
        ["GET {culture:culture}/admin/candidatures/{id:guid} Document"] = [Outcome.Missing, D, Outcome.Missing, Outcome.Missing],
        ["GET {culture:culture}/admin/candidatures/{id:guid} Thumbnail"] = [Outcome.Missing, D, Outcome.Missing, Outcome.Missing],
        ["GET {culture:culture}/admin/candidatures/{id:guid} Preview"] = [Outcome.Missing, D, Outcome.Missing, Outcome.Missing],
        // Scorecards and interviews on the file: past the read policy, the sample application does not exist.
        ["POST {culture:culture}/admin/candidatures/{id:guid} Evaluate"] = [Outcome.Missing, D, Outcome.Missing, Outcome.Missing],
        ["POST {culture:culture}/admin/candidatures/{id:guid} Schedule"] = [Outcome.Missing, D, Outcome.Missing, Outcome.Missing],
        ["POST {culture:culture}/admin/candidatures/{id:guid} Reschedule"] = [Outcome.Missing, D, Outcome.Missing, Outcome.Missing],
        ["POST {culture:culture}/admin/candidatures/{id:guid} CancelInterview"] = [Outcome.Missing, D, Outcome.Missing, Outcome.Missing],
        ["POST {culture:culture}/admin/candidatures/{id:guid} InterviewResult"] = [Outcome.Missing, D, Outcome.Missing, Outcome.Missing],
        ["POST {culture:culture}/admin/candidatures/offre/{offerSet} Invite"] = [A, D, Outcome.Denied, Outcome.Denied],
        ["{culture:culture}/admin/candidatures/offre/{offerSet}/entretiens"] = [A, D, Outcome.Denied, Outcome.Denied],
        ["{culture:culture}/admin/connexion"] = Everyone(Outcome.Public),
        ["POST {culture:culture}/admin/connexion "] = Everyone(Outcome.Public),
        ["{culture:culture}/admin/connexion/code"] = Everyone(Outcome.Public),
        ["POST {culture:culture}/admin/connexion/code "] = Everyone(Outcome.Public),
        ["{culture:culture}/admin/deconnexion"] = Everyone(Outcome.Public),
        ["POST {culture:culture}/admin/deconnexion "] = Everyone(Outcome.Public),
        ["{culture:culture}/admin/acces-refuse"] = Everyone(Outcome.Public),
        ["{culture:culture}/admin/mot-de-passe-oublie"] = Everyone(Outcome.Public),
        ["POST {culture:culture}/admin/mot-de-passe-oublie "] = Everyone(Outcome.Public),
        ["{culture:culture}/admin/mot-de-passe"] = Everyone(Outcome.Public),
        ["POST {culture:culture}/admin/mot-de-passe "] = Everyone(Outcome.Public),
    };

    [Fact]
    public async Task Every_back_office_route_and_handler_is_in_the_table_and_behaves_as_it_says()
    {
        using var site = new SiteFactory();
        var anonymous = Staff.Anonymous(site);
        var clients = new Dictionary<string, HttpClient> { ["anonymous"] = anonymous };
        foreach (var role in StandardRoles.All)
        {
            await Staff.CreateAsync(site, role);
            var (client, response) = await Staff.SignInAsync(site, role.ToLowerInvariant() + "@thammjobs.test");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            clients[role] = client;
        }

        var found = BackOfficeRoutesAndHandlers(site);
        Assert.Empty(found.Except(Table.Keys));   // a route or handler nobody decided about
        Assert.Empty(Table.Keys.Except(found));   // a line for something that no longer exists

        var failures = new List<string>();
        foreach (var (key, outcomes) in Table)
        {
            for (var i = 0; i < Visitors.Length; i++)
            {
                var visitor = Visitors[i];
                var expected = visitor == "anonymous" ? (outcomes[0] == Outcome.Public ? Outcome.Public : Outcome.Login) : outcomes[i - 1];
                var actual = await TryAsync(clients[visitor], key, withToken: outcomes[0] != Outcome.Public);
                if (!Matches(expected, actual))
                {
                    failures.Add($"{key} as {visitor}: expected {expected}, got {(int)actual.StatusCode} {actual.Headers.Location}");
                }
            }
        }

        Assert.Empty(failures);
    }

    private static Outcome[] Everyone(Outcome outcome) => [outcome, outcome, outcome, outcome];

    private static bool Matches(Outcome expected, HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        var login = response.StatusCode == HttpStatusCode.Redirect && location.StartsWith("/fr/admin/connexion", StringComparison.Ordinal);
        var denied = response.StatusCode == HttpStatusCode.Redirect && location.StartsWith("/fr/admin/acces-refuse", StringComparison.Ordinal);
        return expected switch
        {
            Outcome.Allowed => response.StatusCode == HttpStatusCode.OK || (response.StatusCode == HttpStatusCode.Redirect && !login && !denied),
            Outcome.Login => login,
            Outcome.Denied => denied,
            Outcome.Public => !login && !denied && (int)response.StatusCode < 500,
            Outcome.Missing => response.StatusCode == HttpStatusCode.NotFound,
            _ => false,
        };
    }

    // POSTs carry a valid antiforgery token (from a form rendered for the same visitor), so what is tested is
    // authorization, not the missing token; the public sign-in flow is tried without one (sign-out would end the session).
    private static async Task<HttpResponseMessage> TryAsync(HttpClient client, string key, bool withToken)
    {
        var post = key.StartsWith("POST ", StringComparison.Ordinal);
        var parts = (post ? key[5..] : key.StartsWith("GET ", StringComparison.Ordinal) ? key[4..] : key).Split(' ');
        var path = "/" + parts[0].Replace("{culture:culture}", "fr", StringComparison.Ordinal)
            .Replace("{offerSet}", "offer-sample", StringComparison.Ordinal)
            .Replace("{set}", "offer-expert-migration-nationale", StringComparison.Ordinal)
            .Replace("{contentItemId}", "page-sample", StringComparison.Ordinal)
            .Replace("{id:guid}", Guid.Empty.ToString("N"), StringComparison.Ordinal)
            .Replace("{id}", "no-such-item", StringComparison.Ordinal);
        if (!post)
        {
            return await client.GetAsync(parts.Length > 1 ? $"{path}?handler={parts[1]}&document={Guid.Empty}" : path);
        }

        var fields = new Dictionary<string, string>();
        if (withToken)
        {
            var (_, form) = await Public.Html.GetAsync(client, "/fr/admin/connexion");
            fields["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        }

        var handler = parts.Length > 1 && parts[1].Length > 0 ? "?handler=" + parts[1] : "";
        return await client.PostAsync(path + handler, new FormUrlEncodedContent(fields));
    }

    /// <summary>GET routes under /admin, and "GET route Handler" / "POST route Handler" for each OnGet…/OnPost… named handler of their page models.</summary>
    private static HashSet<string> BackOfficeRoutesAndHandlers(SiteFactory site)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var endpoints = site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.Contains("/admin", StringComparison.Ordinal));
        foreach (var endpoint in endpoints)
        {
            var route = endpoint.RoutePattern.RawText!.TrimStart('/');
            result.Add(route);
            var model = endpoint.Metadata.OfType<Microsoft.AspNetCore.Mvc.RazorPages.CompiledPageActionDescriptor>().FirstOrDefault()?.ModelTypeInfo?.AsType()
                ?? ModelFor(endpoint);
            foreach (var method in model?.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly) ?? [])
            {
                foreach (var verb in new[] { "Post", "Get" })
                {
                    if (method.Name.StartsWith("On" + verb, StringComparison.Ordinal))
                    {
                        var handler = method.Name[("On" + verb).Length..];
                        handler = handler.EndsWith("Async", StringComparison.Ordinal) ? handler[..^5] : handler;
                        if (verb == "Post" || handler.Length > 0)   // OnGet itself is the route's own line
                        {
                            result.Add($"{verb.ToUpperInvariant()} {route} {handler}");
                        }
                    }
                }
            }
        }

        return result;
    }

    // Endpoints of pages not yet compiled carry the page's path; find its model by the Razor page's generated type.
    private static Type? ModelFor(RouteEndpoint endpoint)
    {
        var descriptor = endpoint.Metadata.OfType<PageActionDescriptor>().FirstOrDefault();
        if (descriptor is null)
        {
            return null;
        }

        var name = descriptor.ViewEnginePath.Replace('/', '.').TrimStart('.');
        return AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name?.StartsWith("ThammJobs.", StringComparison.Ordinal) == true)
            .SelectMany(a => a.GetTypes())
            .FirstOrDefault(t => typeof(PageModel).IsAssignableFrom(t) && t.FullName!.EndsWith(".Pages." + name + "Model", StringComparison.Ordinal));
    }
}
