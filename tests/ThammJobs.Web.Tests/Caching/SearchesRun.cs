using System.Diagnostics.Metrics;
using ThammJobs.Search.Querying;

namespace ThammJobs.Web.Tests.Caching;

/// <summary>
/// Counts the searches one site runs on its index (its <c>ThammJobs.Search</c> meter, told apart from other sites'
/// by the meter factory that made it): the search API runs no database command, so this is how its hits show.
/// </summary>
internal sealed class SearchesRun : IDisposable
{
    private readonly MeterListener listener = new();
    private int count;

    public SearchesRun(IMeterFactory site)
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == SearchMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, site))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, _, _, _) => Interlocked.Increment(ref count));
        listener.Start();
    }

    public int Count => Volatile.Read(ref count);

    public void Dispose() => listener.Dispose();
}
