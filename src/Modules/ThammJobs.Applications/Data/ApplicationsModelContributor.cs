using Microsoft.EntityFrameworkCore;
using ThammJobs.Core.Data;

namespace ThammJobs.Applications.Data;

internal sealed class ApplicationsModelContributor : IModelContributor
{
    public void Contribute(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ApplicationsModelContributor).Assembly);
}
