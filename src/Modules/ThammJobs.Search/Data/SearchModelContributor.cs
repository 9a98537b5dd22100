using Microsoft.EntityFrameworkCore;
using ThammJobs.Core.Data;

namespace ThammJobs.Search.Data;

internal sealed class SearchModelContributor : IModelContributor
{
    public void Contribute(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SearchModelContributor).Assembly);
}
