using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Applications;
using ThammJobs.Applications.Models;
using ThammJobs.Core.Data;
using ThammJobs.Core.Security;
using ThammJobs.Testing;

namespace ThammJobs.Web.Tests.Pipeline;

/// <summary>Applications placed directly at a stage, and the people who move them, for the pipeline tests.</summary>
internal static class PipelineSite
{
    public const string OfferSet = "offer-pipeline";

    /// <summary>A recruiter (Applications.Manage) with the given id; assign them with <see cref="AssignAsync"/>.</summary>
    public static ClaimsPrincipal Recruiter(string id = "recruiter-1") => Person(id, null, Permissions.ManageApplications.Name, Permissions.EvaluateApplications.Name);

    public static ClaimsPrincipal Reviewer(string id = "reviewer-1") => Person(id, null, Permissions.EvaluateApplications.Name);

    public static ClaimsPrincipal Administrator(string id = "admin-1") => Person(id, StandardRoles.Administrator);

    private static ClaimsPrincipal Person(string id, string? role, params string[] permissions)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, id), new(ClaimTypes.Name, id + "@thammjobs.test") };
        if (role is not null)
        {
            claims.Add(new Claim(ClaimTypes.Role, role));
        }

        claims.AddRange(permissions.Select(p => new Claim(Permission.ClaimType, p)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Test"));
    }

    public static Task AssignAsync(SiteFactory site, string userId, string offerSet = OfferSet) =>
        site.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ThammJobsDbContext>();
            db.Add(new OfferAssignment { OfferSet = offerSet, UserId = userId, AssignedUtc = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });

    /// <summary>Inserts applications at the given stages (version 1); returns their ids in the same order.</summary>
    public static Task<List<Guid>> InsertAsync(SiteFactory site, IReadOnlyList<ApplicationStage> stages, string offerSet = OfferSet) =>
        site.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ThammJobsDbContext>();
            var start = await db.Set<Application>().CountAsync();
            var ids = new List<Guid>();
            for (var i = 0; i < stages.Count; i++)
            {
                var n = start + i + 1;
                var application = new Application
                {
                    Id = Guid.NewGuid(),
                    Number = $"TEST-2026-{n:000000}",
                    SubmissionKey = Guid.NewGuid(),
                    OfferSet = offerSet,
                    OfferItemId = "item",
                    OfferTitle = "Offre d'essai",
                    Culture = "fr",
                    Stage = stages[i],
                    StageVersion = 1,
                    InterviewRound = stages[i] == ApplicationStage.Interview ? 1 : 0,
                    GivenName = "Nom" + n,
                    FamilyName = "Famille",
                    Email = $"candidat{n}@example.ma",
                    Phone = "+212612345678",
                    CountryOfResidence = "MA",
                    Nationality = "MA",
                    Live = stages[i] is not (ApplicationStage.Withdrawn or ApplicationStage.Erased),
                    SubmittedUtc = DateTime.UtcNow,
                    UpdatedUtc = DateTime.UtcNow,
                    StageChangedUtc = DateTime.UtcNow,
                };
                db.Add(application);
                ids.Add(application.Id);
            }

            await db.SaveChangesAsync();
            return ids;
        });

    public static Task<Application> LoadAsync(SiteFactory site, Guid id) =>
        site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<Application>().AsNoTracking().SingleAsync(a => a.Id == id));

    public static Task<List<ApplicationTransition>> HistoryAsync(SiteFactory site, Guid id) =>
        site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<ApplicationTransition>().AsNoTracking()
            .Where(t => t.ApplicationId == id).OrderBy(t => t.Version).ToListAsync());

    public static Task<int> FirstReasonAsync(SiteFactory site) =>
        site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<RejectionReason>().OrderBy(r => r.Id).Select(r => r.Id).FirstAsync());
}
