using Microsoft.EntityFrameworkCore;
using ThammJobs.Core.Data;

namespace ThammJobs.Audit.Data;

internal sealed class AuditModelContributor : IModelContributor
{
    public void Contribute(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AuditModelContributor).Assembly);
}
