using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using ThammJobs.Core.Security;

namespace ThammJobs.Users.Authorization;

/// <summary>Turns a policy name <c>Permission:Content.Edit</c> into a requirement for that permission.</summary>
internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (policyName.StartsWith(Permission.PolicyPrefix, StringComparison.Ordinal))
        {
            return new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .AddRequirements(new PermissionRequirement(policyName[Permission.PolicyPrefix.Length..]))
                .Build();
        }

        return await base.GetPolicyAsync(policyName);
    }
}

internal sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;

/// <summary>Administrators may do everything; others need the permission among their roles' claims.</summary>
internal sealed class PermissionHandler : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (context.User.IsInRole(StandardRoles.Administrator) ||
            context.User.HasClaim(Permission.ClaimType, requirement.Permission))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

/// <summary>Policy names used by pages that any signed-in member of staff may open.</summary>
public static class StaffPolicies
{
    public const string Staff = "Staff";
}
