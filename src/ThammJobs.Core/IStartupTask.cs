namespace ThammJobs.Core;

/// <summary>
/// Work a module must finish before the site serves its first request (seeding, opening the search index).
/// Run once per start, after migrations, in <see cref="Order"/>; not run by the command-line verbs.
/// </summary>
public interface IStartupTask
{
    int Order { get; }

    Task RunAsync(IServiceProvider services, CancellationToken cancellationToken);
}
