using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ThammJobs.Messaging;

public static class MessagingModule
{
    /// <summary>Outbox table, background sender (SMTP or pickup folder).</summary>
    public static IServiceCollection AddMessagingModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MessagingOptions>(configuration.GetSection("ThammJobs:Mail"));
        return services;
    }
}
