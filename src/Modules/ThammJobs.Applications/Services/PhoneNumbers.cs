using PhoneNumbers;

namespace ThammJobs.Applications.Services;

/// <summary>Phone numbers through libphonenumber: local forms read in a default country, stored as E.164.</summary>
public static class PhoneNumberRules
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>
    /// Normalises <paramref name="input"/> (e.g. <c>06 12 34 56 78</c> in Morocco, <c>+33 6 12…</c>, <c>00212…</c>)
    /// to E.164; false when it is not a valid number. Numbers without a country prefix are read in
    /// <paramref name="defaultRegion"/> (the candidate's country of residence, else Morocco).
    /// </summary>
    public static bool TryNormalize(string? input, string? defaultRegion, out string e164)
    {
        e164 = "";
        if (string.IsNullOrWhiteSpace(input) || input.Length > 40)
        {
            return false;
        }

        var text = input.Trim();
        // Arabic-Indic and Persian digits are the same digits to a Moroccan candidate.
        text = string.Concat(text.Select(ToLatinDigit));
        if (text.StartsWith("00", StringComparison.Ordinal))
        {
            text = "+" + text[2..];
        }

        var region = string.IsNullOrEmpty(defaultRegion) || !Util.GetSupportedRegions().Contains(defaultRegion.ToUpperInvariant())
            ? "MA"
            : defaultRegion.ToUpperInvariant();
        try
        {
            var number = Util.Parse(text, region);
            if (!Util.IsValidNumber(number))
            {
                return false;
            }

            e164 = Util.Format(number, PhoneNumberFormat.E164);
            return true;
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    /// <summary>For display: international format (<c>+212 6 12 34 56 78</c>).</summary>
    public static string Display(string e164)
    {
        try
        {
            return Util.Format(Util.Parse(e164, "MA"), PhoneNumberFormat.INTERNATIONAL);
        }
        catch (NumberParseException)
        {
            return e164;
        }
    }

    public static char ToLatinDigit(char c) => c switch
    {
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        _ => c,
    };
}
