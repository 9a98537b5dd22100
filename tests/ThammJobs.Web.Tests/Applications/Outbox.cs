using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Core.Data;
using ThammJobs.Messaging.Outbox;
using ThammJobs.Testing;

namespace ThammJobs.Web.Tests.Applications;

/// <summary>What the site queued for sending, read from the outbox table.</summary>
internal static class Outbox
{
    public static Task<List<(string Subject, string Body)>> MessagesToAsync(SiteFactory site, string to) =>
        site.WithScopeAsync(async sp =>
        {
            var rows = await sp.GetRequiredService<ThammJobsDbContext>().Set<OutboxMessage>().AsNoTracking()
                .Where(m => m.To == to).OrderBy(m => m.CreatedUtc).ToListAsync();
            return rows.Select(m => (m.Subject, m.TextBody)).ToList();
        });
}
