using Microsoft.EntityFrameworkCore;
using ThammJobs.Core.Data;

namespace ThammJobs.Core.Rules;

internal sealed class RulesModelContributor : IModelContributor
{
    public void Contribute(ModelBuilder modelBuilder) => modelBuilder.ApplyConfiguration(new RuleRunConfiguration());
}
