using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Uploads.Images;
using ThammJobs.Uploads.Inspection;
using ThammJobs.Testing.Files;

namespace ThammJobs.Uploads.Tests;

public sealed class UploadsModuleTests
{
    [Fact]
    public async Task AddUploads_registers_the_inspector_and_sanitizer_with_configured_limits()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ThammJobs:Uploads:MaxFileBytes"] = "1000" })
            .Build();
        using var provider = new ServiceCollection().AddUploads(configuration).BuildServiceProvider();

        var inspector = provider.GetRequiredService<IFileInspector>();
        Assert.NotNull(provider.GetRequiredService<IImageSanitizer>());

        var result = await inspector.InspectAsync(new MemoryStream(PdfFixtures.Valid(5_000)), InspectorHarness.AllTypes, TestContext.Current.CancellationToken);
        Assert.Equal(RefusalCodes.TooLarge, result.RefusalCode);
    }
}
