using System.Globalization;

namespace ThammJobs.Core.Localization;

/// <summary>
/// The two languages of the site. Routes use the short names (<c>fr</c>, <c>ar</c>); formatting uses the
/// Moroccan regional cultures so that Arabic dates stay Gregorian with Latin digits, as read in Morocco.
/// </summary>
public static class SiteCultures
{
    public const string French = "fr";
    public const string Arabic = "ar";
    public const string Default = French;

    public static readonly IReadOnlyList<string> All = [French, Arabic];

    public static bool IsSupported(string? culture) => culture is French or Arabic;

    public static string Other(string culture) => culture == Arabic ? French : Arabic;

    public static bool IsRightToLeft(string culture) => culture == Arabic;

    public static CultureInfo Formatting(string culture) => CultureInfo.GetCultureInfo(culture == Arabic ? "ar-MA" : "fr-MA");

    /// <summary>Short route name of a culture, whatever its region (<c>ar-MA</c> gives <c>ar</c>).</summary>
    public static string FromCultureInfo(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == Arabic ? Arabic : French;

    public static string Current => FromCultureInfo(CultureInfo.CurrentUICulture);
}
