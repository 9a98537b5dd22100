using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Core.Data;

namespace ThammJobs.Core.Rules;

public static class RulesRegistration
{
    /// <summary>The run records, the runner and its background service; modules add their <see cref="IBackgroundRule"/>s (scoped).</summary>
    public static IServiceCollection AddBackgroundRules(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new RulesOptions();
        configuration.GetSection("ThammJobs:Rules").Bind(options);
        services.AddSingleton(options);
        services.AddSingleton<IModelContributor, RulesModelContributor>();
        services.AddSingleton<RulesSignal>();
        services.AddScoped<AfterRuleCommit>();
        services.AddSingleton<BackgroundRuleRunner>();
        services.AddHostedService<BackgroundRulesService>();
        return services;
    }
}
