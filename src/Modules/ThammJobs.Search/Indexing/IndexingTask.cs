namespace ThammJobs.Search.Indexing;

/// <summary>
/// "This item changed": written in the same transaction as the content, read by every node in id order.
/// A task carries no content: the node reloads the item's published version, so replaying a task is harmless.
/// </summary>
public sealed class IndexingTask
{
    public long Id { get; set; }
    public required string ContentItemId { get; set; }
    public DateTime CreatedUtc { get; set; }
}
