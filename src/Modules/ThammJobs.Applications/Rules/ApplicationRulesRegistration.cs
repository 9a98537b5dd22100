using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Applications.Notifications;
using ThammJobs.Core;
using ThammJobs.Core.Rules;

namespace ThammJobs.Applications.Rules;

public static class ApplicationRulesRegistration
{
    /// <summary>Templates and their sending, the applications' audit lines, and the response-delay and retention rules.</summary>
    public static IServiceCollection AddApplicationRules(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ApplicationAudit>();
        services.AddScoped<TransitionNotifier>();
        services.AddScoped<IStartupTask, NotificationTemplateSeeder>();
        services.AddSingleton<ResponseDueCache>();
        services.AddScoped<IBackgroundRule, ResponseDelayRule>();
        services.AddScoped<IBackgroundRule, RetentionRule>();
        return services;
    }
}
