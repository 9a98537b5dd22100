namespace ThammJobs.Browser.Tests;

/// <summary>One site and one Chromium for every browser test class, run one class after the other.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
