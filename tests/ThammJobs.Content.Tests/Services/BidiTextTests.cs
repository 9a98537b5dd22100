using ThammJobs.Core.Localization;

namespace ThammJobs.Content.Tests.Services;

public sealed class BidiTextTests
{
    [Fact]
    public void A_plus_after_a_Latin_name_in_Arabic_text_is_bound_to_the_name()
    {
        Assert.Equal("مشروع THAMM+\u200E فريق فرنسا", BidiText.Fix("مشروع THAMM+ فريق فرنسا"));
        Assert.Equal("لغة C#\u200E و C++\u200E", BidiText.Fix("لغة C# و C++"));
    }

    [Theory]
    [InlineData("Projet THAMM+ Équipe France")]
    [InlineData("باكالوريا + 5")]
    [InlineData("Bac+5 بالرباط")]
    [InlineData("")]
    public void Other_text_is_left_alone(string text) => Assert.Equal(text, BidiText.Fix(text));

    [Fact]
    public void Fixing_twice_changes_nothing_more()
    {
        var once = BidiText.Fix("مشروع THAMM+ فريق");
        Assert.Equal(once, BidiText.Fix(once));
    }
}
