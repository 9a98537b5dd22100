using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Audit.Data;
using ThammJobs.Audit.Services;
using ThammJobs.Core.Audit;
using ThammJobs.Core.Data;
using ThammJobs.Core.Security;

namespace ThammJobs.Audit;

public static class AuditModule
{
    /// <summary>
    /// <c>Audit.View</c> is declared by the users module (it lists every staff permission); the same name is used
    /// here so this module needs no reference to it.
    /// </summary>
    internal static readonly Permission ViewAuditTrail = new("Audit.View", "Consulter le journal d'audit", "الاطلاع على سجل التدقيق");

    /// <summary>The audit trail store (AuditEntries) behind Core's <see cref="IAuditTrail"/>, and the journal page.</summary>
    public static IServiceCollection AddAuditModule(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<IModelContributor, AuditModelContributor>();
        services.AddScoped<IAuditTrail, AuditTrail>();
        services.AddSingleton<IAdminMenuProvider, AuditMenu>();
        services.AddSingleton<IPermissionProvider, AuditPermissions>();
        return services;
    }
}
