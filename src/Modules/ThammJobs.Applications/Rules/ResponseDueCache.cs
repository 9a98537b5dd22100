namespace ThammJobs.Applications.Rules;

/// <summary>
/// The instant each published offer version's response delay runs out (or null: no delay stated), remembered between
/// the rule runner's rounds. Versions are written once and a change gives a new row or a new <c>ModifiedUtc</c>, so
/// (id, modified) is a safe key. Without it, every round (once a minute, twice: due and next wake-up) read and
/// deserialised the whole content of every offer whose deadline passed in the last year: about 100 MB of JSON and
/// half a gigabyte of site memory with 100,000 offers (bench/search.sh).
/// </summary>
internal sealed class ResponseDueCache
{
    private readonly Lock gate = new();
    private Dictionary<(long Id, DateTime Modified), DateTime?> known = [];

    public bool TryGet(long id, DateTime modified, out DateTime? due)
    {
        lock (gate)
        {
            return known.TryGetValue((id, modified), out due);
        }
    }

    /// <summary>Keeps exactly the versions of the latest scan: unpublished or too old ones are forgotten.</summary>
    public void Replace(Dictionary<(long Id, DateTime Modified), DateTime?> current)
    {
        lock (gate)
        {
            known = current;
        }
    }
}
