using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ThammJobs.Core;
using ThammJobs.Core.Data;
using ThammJobs.Messaging.Data;
using ThammJobs.Messaging.Outbox;
using ThammJobs.Messaging.Sending;

namespace ThammJobs.Messaging;

public static class MessagingModule
{
    /// <summary>Outbox table, background sender (SMTP or pickup folder).</summary>
    public static IServiceCollection AddMessagingModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IModelContributor, MessagingModelContributor>();
        services.AddSingleton(sp => Options(configuration, sp.GetRequiredService<IHostEnvironment>()));
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<IInterceptor, OutboxCommitInterceptor>();
        services.AddSingleton<IOutbox, Outbox.Outbox>();
        services.AddSingleton<OutboxBacklog>();
        services.AddSingleton<MimeMessageFactory>();
        services.AddSingleton<IMailTransport>(sp =>
        {
            var options = sp.GetRequiredService<MessagingOptions>();
            return string.IsNullOrWhiteSpace(options.SmtpHost)
                ? new PickupFolderTransport(options, sp.GetRequiredService<TimeProvider>())
                : new SmtpMailTransport(options);
        });
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService<OutboxSender>();
        return services;
    }

    private static MessagingOptions Options(IConfiguration configuration, IHostEnvironment environment)
    {
        var options = new MessagingOptions();
        configuration.GetSection("ThammJobs:Mail").Bind(options);
        options.PickupFolder = string.IsNullOrWhiteSpace(options.PickupFolder)
            ? Path.Combine(SiteFolders.DataFolder(configuration, environment), "mail-pickup")
            : Path.GetFullPath(options.PickupFolder, environment.ContentRootPath);
        if (options.MaxAttempts < 1)
        {
            throw new InvalidOperationException("ThammJobs:Mail:MaxAttempts must be at least 1.");
        }

        // Fail at start-up, not at the first message.
        if (!string.IsNullOrWhiteSpace(options.SmtpHost))
        {
            _ = SmtpMailTransport.Security(options.SmtpSecurity);
        }

        return options;
    }
}
