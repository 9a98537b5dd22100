namespace ThammJobs.Content.Services;

public enum SaveOutcome
{
    Created,
    Updated,
    Unchanged,
    Unpublished,
    Deleted,

    /// <summary>The latest version, stored before, went online as it stands (PublishLatestAsync).</summary>
    Published,
}
