using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ThammJobs.Applications.Models;
using ThammJobs.Core.Data;

namespace ThammJobs.Applications.Services;

/// <summary>
/// Receipt numbers <c>THAMM-2026-000123</c>: a counter row per year, incremented by an UPDATE inside the
/// submitting transaction, so numbers are unique across nodes (the row lock serialises PostgreSQL writers,
/// SQLite's BEGIN IMMEDIATE all of them) and a rolled-back submission gives its number back.
/// </summary>
public sealed class ReceiptNumbers(ThammJobsDbContext db, IOptions<ApplicationOptions> options)
{
    /// <summary>Creates the year's row outside the submitting transaction (two nodes may race to create it).</summary>
    public async Task EnsureYearAsync(int year, CancellationToken cancellationToken)
    {
        if (await db.Set<ApplicationCounter>().AnyAsync(c => c.Year == year, cancellationToken))
        {
            return;
        }

        db.Add(new ApplicationCounter { Year = year, Last = 0 });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request created it first: fine.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Call inside the submitting transaction.</summary>
    public async Task<string> NextAsync(int year, CancellationToken cancellationToken)
    {
        await db.Set<ApplicationCounter>().Where(c => c.Year == year)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Last, c => c.Last + 1), cancellationToken);
        var last = await db.Set<ApplicationCounter>().Where(c => c.Year == year).Select(c => c.Last).SingleAsync(cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"{options.Value.NumberPrefix}-{year}-{last:000000}");
    }
}
