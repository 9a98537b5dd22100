using Microsoft.EntityFrameworkCore;
using ThammJobs.Core.Data;

namespace ThammJobs.Messaging.Data;

internal sealed class MessagingModelContributor : IModelContributor
{
    public void Contribute(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MessagingModelContributor).Assembly);
}
