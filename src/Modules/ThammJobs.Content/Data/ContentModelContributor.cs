using Microsoft.EntityFrameworkCore;
using ThammJobs.Core.Data;

namespace ThammJobs.Content.Data;

internal sealed class ContentModelContributor : IModelContributor
{
    public void Contribute(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ContentModelContributor).Assembly);
}
