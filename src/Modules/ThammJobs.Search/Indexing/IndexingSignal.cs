using ThammJobs.Core;

namespace ThammJobs.Search.Indexing;

/// <summary>
/// Wakes this node's indexer once this node has committed a content change, so the change is searchable
/// at once instead of at the next poll. Handlers mark the change as pending inside the transaction; the
/// commit interceptor raises the signal after the commit, when the indexer can see the tasks.
/// </summary>
public sealed class IndexingSignal : WakeUpSignal;
