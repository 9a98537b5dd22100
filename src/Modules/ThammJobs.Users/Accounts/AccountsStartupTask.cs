using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ThammJobs.Core;
using ThammJobs.Core.Security;

namespace ThammJobs.Users.Accounts;

/// <summary>
/// Creates the standard roles with their default permissions (only when a role is first created, so that an
/// administrator's later changes stand), then, on a site without any account, the first administrator from
/// configuration (<c>ThammJobs:Admin:Email</c> and <c>ThammJobs:Admin:Password</c>, e.g. environment variables).
/// There is no default password anywhere.
/// </summary>
internal sealed class AccountsStartupTask(IConfiguration configuration, TimeProvider clock, ILogger<AccountsStartupTask> logger) : IStartupTask
{
    public int Order => 5;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var roles = services.GetRequiredService<RoleManager<StaffRole>>();
        var defaults = services.GetServices<IPermissionProvider>().SelectMany(p => p.Defaults).ToList();
        foreach (var name in StandardRoles.All)
        {
            if (await roles.RoleExistsAsync(name))
            {
                continue;
            }

            var role = new StaffRole(name);
            Check(await roles.CreateAsync(role));
            foreach (var (_, permission) in defaults.Where(d => d.Role == name))
            {
                Check(await roles.AddClaimAsync(role, new Claim(Permission.ClaimType, permission.Name)));
            }
        }

        var users = services.GetRequiredService<UserManager<StaffUser>>();
        if (users.Users.Any())
        {
            return;
        }

        var email = configuration["ThammJobs:Admin:Email"];
        var password = configuration["ThammJobs:Admin:Password"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            logger.LogWarning("No staff account exists. Set ThammJobs__Admin__Email and ThammJobs__Admin__Password to create the first administrator on the next start.");
            return;
        }

        var admin = new StaffUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = configuration["ThammJobs:Admin:Name"] ?? email,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
        {
            // A weak configured password must not stop the public site: say why and carry on.
            logger.LogError("The first administrator could not be created: {Errors}", string.Join("; ", created.Errors.Select(e => e.Description)));
            return;
        }

        Check(await users.AddToRoleAsync(admin, StandardRoles.Administrator));
        logger.LogInformation("First administrator {Email} created from configuration.", email);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
