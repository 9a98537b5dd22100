using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ThammJobs.Applications.Data;
using ThammJobs.Applications.Hosting;
using ThammJobs.Applications.Rules;
using ThammJobs.Applications.Services;
using ThammJobs.Applications.Storage;
using ThammJobs.Core;
using ThammJobs.Core.Data;

namespace ThammJobs.Applications;

public static class ApplicationsModule
{
    /// <summary>Application form, document intake, receipts, the candidate's status page, file housekeeping.</summary>
    public static IServiceCollection AddApplicationsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ApplicationOptions>(configuration.GetSection("ThammJobs:Applications"));
        services.AddSingleton<IModelContributor, ApplicationsModelContributor>();
        services.AddSingleton(sp =>
        {
            var configured = sp.GetRequiredService<IOptions<ApplicationOptions>>().Value.FilesFolder;
            var folder = string.IsNullOrWhiteSpace(configured)
                ? Path.Combine(SiteFolders.DataFolder(configuration, sp.GetRequiredService<IHostEnvironment>()), "applications")
                : configured;
            return new DocumentStore(folder);
        });
        services.AddScoped<DraftStore>();
        services.AddScoped<DocumentIntake>();
        // First-page previews of PDFs in the candidate file (pdftoppm in a limited child process, or PdfPig's text).
        services.Configure<ThammJobs.Uploads.Previews.PdfPreviewOptions>(configuration.GetSection("ThammJobs:Applications:PdfPreview"));
        services.AddSingleton<Previews.DocumentPreviews>();
        services.AddSingleton<IntakeGate>();
        services.AddScoped<ReceiptNumbers>();
        services.AddScoped<ApplicationSubmitter>();
        services.AddSingleton<ApplicationMetrics>();
        services.AddScoped<CandidateMail>();
        services.AddScoped<CandidateSelfService>();
        services.AddSingleton<StatusLinks>();
        services.AddSingleton<ApplicationsMaintenance>();
        services.AddHostedService(sp => sp.GetRequiredService<ApplicationsMaintenance>());
        services.AddCandidateRateLimits();
        services.AddSingleton<ThammJobs.Core.Security.IPermissionProvider, Permissions>();
        services.AddSingleton<ThammJobs.Core.Security.IAdminMenuProvider, ApplicationsMenu>();
        services.AddScoped<ApplicationAccess>();
        services.AddScoped<Pipeline.TransitionService>();
        services.AddApplicationRules();
        services.AddScoped<Pipeline.ApplicationListQuery>();
        services.AddScoped<Pipeline.BulkActions>();
        services.AddScoped<Generation.ApplicationGenerator>();
        services.AddScoped<Exports.ExportFiles>();
        services.AddScoped<Dashboard.DashboardQuery>();
        // Scorecards (reviewer isolation) and interview rounds with their invitations.
        services.AddScoped<Evaluation.EvaluationService>();
        services.AddScoped<Pipeline.ApplicationScoreQuery>();
        services.AddScoped<Interviews.InterviewMail>();
        services.AddScoped<Interviews.InterviewScheduler>();
        services.AddScoped<ThammJobs.Core.IStartupTask, Pipeline.RejectionReasonSeeder>();
        services.Configure<Microsoft.AspNetCore.Authorization.AuthorizationOptions>(ApplicationAccess.AddPolicy);
        return services;
    }

    /// <summary>Body size and rate limits of the candidate routes; call before the pages are mapped.</summary>
    public static IApplicationBuilder UseApplicationsModule(this IApplicationBuilder app) => app.UseCandidateRequestLimits();
}
