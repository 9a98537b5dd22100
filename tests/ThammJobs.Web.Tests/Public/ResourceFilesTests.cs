namespace ThammJobs.Web.Tests.Public;

public sealed class ResourceFilesTests
{
    [Fact]
    public void Every_interface_string_exists_in_French_and_Arabic_with_the_same_placeholders()
    {
        var bases = UiStrings.ResourceBases().ToList();
        Assert.True(bases.Count >= 2, "expected the theme's and the content module's resources");
        foreach (var resourceBase in bases)
        {
            var french = UiStrings.Read(resourceBase + ".fr.resx");
            var arabic = UiStrings.Read(resourceBase + ".ar.resx");
            Assert.Equal(french.Keys.Order(StringComparer.Ordinal), arabic.Keys.Order(StringComparer.Ordinal));
            foreach (var (key, value) in french)
            {
                Assert.False(string.IsNullOrWhiteSpace(arabic[key]) && !string.IsNullOrWhiteSpace(value), $"{key} is empty in Arabic");
                Assert.Equal(Placeholders(value), Placeholders(arabic[key]));
            }
        }
    }

    private static string Placeholders(string text) =>
        string.Join(",", System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Order(StringComparer.Ordinal));
}
