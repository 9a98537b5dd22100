namespace ThammJobs.Content.Services;

public enum SaveOutcome
{
    Created,
    Updated,
    Unchanged,
    Unpublished,
    Deleted,
}
