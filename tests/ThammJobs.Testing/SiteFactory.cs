using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ThammJobs.Testing;

/// <summary>
/// The real site (real SQLite file, real migrations, real recipes) on a temporary data folder, with a
/// fake clock. Two factories given the same folder behave like two starts of the same installation.
/// </summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    /// <summary>The day this suite was written; the seeded offer (deadline 19 March 2026) is closed then.</summary>
    public static readonly DateTimeOffset Today = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, string?> settings = new();
    private readonly List<Action<IServiceCollection>> extraServices = [];

    private readonly bool ownsDatabase;

    /// <summary>A site on <paramref name="database"/> (shared with other factories: "the same installation"),
    /// or on a database of its own, removed with the factory.</summary>
    public SiteFactory(TestDatabase? database = null, DateTimeOffset? now = null, DatabaseKind kind = DatabaseKind.Sqlite)
    {
        ownsDatabase = database is null;
        Database = database ?? TestDatabase.Create(kind);
        Clock = new FakeTimeProvider(now ?? Today);
        foreach (var (key, value) in Database.Settings())
        {
            settings[key] = value;
        }
    }

    public TestDatabase Database { get; }

    public FakeTimeProvider Clock { get; }

    public SiteFactory With(string key, string? value)
    {
        settings[key] = value;
        return this;
    }

    /// <summary>Adds or replaces services of the site (test doubles at the edges only).</summary>
    public SiteFactory WithServices(Action<IServiceCollection> configure)
    {
        extraServices.Add(configure);
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            foreach (var configure in extraServices)
            {
                configure(services);
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && ownsDatabase)
        {
            Database.Dispose();
        }
    }

    /// <summary>Runs code with the site's scoped services (database, recipes…).</summary>
    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
