using ThammJobs.Content.Models;
using ThammJobs.Content.Services;

namespace ThammJobs.Content.Handlers;

/// <summary>
/// Lifecycle hook, Orchard style: called inside the transaction that stores a version, before it is
/// committed, so what a handler adds to the context (an indexing task, an audit line) commits or rolls
/// back with it. Handlers add entities; the content manager saves them.
/// </summary>
public interface IContentHandler
{
    Task VersionSavedAsync(ContentItemVersion version, SaveOutcome outcome, CancellationToken cancellationToken);
}
