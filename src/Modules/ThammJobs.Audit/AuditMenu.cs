using ThammJobs.Audit.Services;
using ThammJobs.Core.Security;

namespace ThammJobs.Audit;

internal sealed class AuditMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> Items =>
    [
        new("Journal", "السجل", AuditUrls.Journal, AuditModule.ViewAuditTrail, 95),
        new("Règles automatiques", "القواعد التلقائية", Pages.Admin.Rules.IndexModel.Address, AuditPermissions.ViewRuleRuns, 96),
    ];
}
