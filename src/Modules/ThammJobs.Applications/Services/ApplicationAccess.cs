using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using ThammJobs.Applications.Models;
using ThammJobs.Core.Data;
using ThammJobs.Core.Security;

namespace ThammJobs.Applications.Services;

/// <summary>
/// Who sees which offer's applications: administrators and holders of "all applications" see every offer;
/// recruiters and reviewers see the offers assigned to them.
/// </summary>
public sealed class ApplicationAccess(ThammJobsDbContext db)
{
    public const string ReadPolicy = "Applications.Read";

    public static void AddPolicy(AuthorizationOptions options) =>
        options.AddPolicy(ReadPolicy, policy => policy.RequireAuthenticatedUser().RequireAssertion(context =>
            context.User.IsInRole(StandardRoles.Administrator) ||
            new[] { Permissions.ManageApplications, Permissions.ManageAllApplications, Permissions.EvaluateApplications }
                .Any(p => context.User.HasClaim(Permission.ClaimType, p.Name))));

    public static bool SeesAll(ClaimsPrincipal user) =>
        user.IsInRole(StandardRoles.Administrator) || user.HasClaim(Permission.ClaimType, Permissions.ManageAllApplications.Name);

    public static bool CanAssign(ClaimsPrincipal user) => SeesAll(user);

    public async Task<bool> CanSeeAsync(ClaimsPrincipal user, string offerSet, CancellationToken cancellationToken)
    {
        if (SeesAll(user))
        {
            return true;
        }

        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return id is not null && await db.Set<OfferAssignment>().AnyAsync(a => a.OfferSet == offerSet && a.UserId == id, cancellationToken);
    }

    /// <summary>The offers the person may open, or null for all of them.</summary>
    public async Task<List<string>?> VisibleOffersAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (SeesAll(user))
        {
            return null;
        }

        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return await db.Set<OfferAssignment>().Where(a => a.UserId == id).Select(a => a.OfferSet).ToListAsync(cancellationToken);
    }
}
