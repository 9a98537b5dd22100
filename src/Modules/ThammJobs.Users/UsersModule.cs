using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Core;
using ThammJobs.Core.Data;
using ThammJobs.Core.Security;
using ThammJobs.Users.Accounts;
using ThammJobs.Users.Authorization;

namespace ThammJobs.Users;

public static class UsersModule
{
    /// <summary>Staff accounts with ASP.NET Core Identity, lockout on, permissions as role claims, the first administrator.</summary>
    public static IServiceCollection AddUsersModule(this IServiceCollection services)
    {
        services.AddIdentity<StaffUser, StaffRole>(options =>
            {
                // NIST-style: length over composition rules; lockout really on (the scaffolded login turns it off).
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<ThammJobsDbContext>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = ".ThammJobs.Staff";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            cookie.Events.OnRedirectToLogin = context => Redirect(context, AdminUrls.Login(AdminUrls.CultureOf(context.Request.Path)) + "?ReturnUrl=" + Uri.EscapeDataString(context.Request.Path + context.Request.QueryString), StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => Redirect(context, AdminUrls.AccessDenied(AdminUrls.CultureOf(context.Request.Path)), StatusCodes.Status403Forbidden);
        });

        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddSingleton<IAuthorizationHandler, PermissionHandler>();
        services.AddAuthorizationBuilder().AddPolicy(StaffPolicies.Staff, policy => policy.RequireAuthenticatedUser());
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<IAdminMenuProvider, UsersMenu>();
        services.AddScoped<IStartupTask, AccountsStartupTask>();
        services.AddScoped<PasswordMail>();
        return services;
    }

    // Pages get a redirect to the sign-in page in their language; API calls get the bare status code.
    private static Task Redirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, string location, int apiStatus)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            context.Response.StatusCode = apiStatus;
        }
        else
        {
            context.Response.Redirect(location);
        }

        return Task.CompletedTask;
    }
}
