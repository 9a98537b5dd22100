using ThammJobs.Web.Cli;
using ThammJobs.Web.Composition;

var builder = WebApplication.CreateBuilder(args);
builder.AddThammJobs();

var app = builder.Build();

// `recipes import|export <file>`: run the verb against the configured database, then exit.
if (CommandLine.IsVerb(args))
{
    return await CommandLine.RunAsync(app, args);
}

await app.PrepareAsync();
app.UseThammJobs();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
