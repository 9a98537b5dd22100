using System.Net.Mail;
using System.Text.RegularExpressions;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Services;

namespace ThammJobs.Applications.Forms;

/// <summary>Server-side rules of the candidate fields and references; file rules live in <see cref="DocumentIntake"/>.</summary>
public static partial class ApplicationValidator
{
    public const int MaxMessageLength = 4000;

    /// <summary>Checks <paramref name="input"/>; on success <paramref name="result"/> holds the normalised values.</summary>
    public static ValidatedApplication? Validate(ApplicationInput input, int referencesRequired, FormErrors errors)
    {
        var givenName = Clean(input.GivenName);
        var familyName = Clean(input.FamilyName);
        LatinName(givenName, nameof(input.GivenName), errors);
        LatinName(familyName, nameof(input.FamilyName), errors);
        var givenArabic = Clean(input.GivenNameArabic);
        var familyArabic = Clean(input.FamilyNameArabic);
        ArabicName(givenArabic, nameof(input.GivenNameArabic), errors);
        ArabicName(familyArabic, nameof(input.FamilyNameArabic), errors);

        var email = Email(input.Email, nameof(input.Email), errors);
        if (email is not null && !string.Equals(email, Clean(input.EmailConfirmation), StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(nameof(input.EmailConfirmation), string.IsNullOrWhiteSpace(input.EmailConfirmation) ? "Error.EmailConfirmationRequired" : "Error.EmailMismatch");
        }

        var residence = Country(input.CountryOfResidence, nameof(input.CountryOfResidence), errors);
        var nationality = Country(input.Nationality, nameof(input.Nationality), errors);
        var phone = Phone(input.Phone, residence, nameof(input.Phone), errors);
        var french = Level(input.FrenchLevel, nameof(input.FrenchLevel), errors);
        var arabic = Level(input.ArabicLevel, nameof(input.ArabicLevel), errors);
        var experience = Experience(input.ExperienceYears, nameof(input.ExperienceYears), errors);

        var message = input.Message?.Trim();
        if (message is { Length: > MaxMessageLength })
        {
            errors.Add(nameof(input.Message), "Error.MessageTooLong", MaxMessageLength);
        }

        if (!input.Consent)
        {
            errors.Add(nameof(input.Consent), "Error.ConsentRequired");
        }

        var references = References(input.References, referencesRequired, email, residence, errors);
        if (errors.Any)
        {
            return null;
        }

        return new ValidatedApplication(
            givenName!, familyName!, Empty(givenArabic), Empty(familyArabic), email!, phone!, residence!, nationality!,
            french!.Value, arabic!.Value, Empty(message), input.TalentPool, references, experience!.Value);
    }

    public const int MaxExperienceYears = 60;

    /// <summary>A whole number of years, 0 to 60, typed with Latin, Arabic-Indic or Persian digits ("٨" is 8).</summary>
    private static int? Experience(string? value, string field, FormErrors errors)
    {
        var text = new string((value ?? "").Trim().Select(PhoneNumberRules.ToLatinDigit).ToArray());
        if (text.Length == 0)
        {
            errors.Add(field, "Error.Required");
            return null;
        }

        if (text.Length > 2 || !text.All(char.IsAsciiDigit) || int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) > MaxExperienceYears)
        {
            errors.Add(field, "Error.ExperienceYears", MaxExperienceYears);
            return null;
        }

        return int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static List<ApplicationReference> References(List<ReferenceInput> inputs, int required, string? candidateEmail, string? region, FormErrors errors)
    {
        var result = new List<ApplicationReference>();
        var seenEmails = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < required; i++)
        {
            var input = i < inputs.Count ? inputs[i] : new ReferenceInput();
            var prefix = $"References[{i}].";
            var fullName = Required(input.FullName, prefix + nameof(input.FullName), 200, errors);
            var organisation = Required(input.Organisation, prefix + nameof(input.Organisation), 200, errors);
            var relationship = Required(input.Relationship, prefix + nameof(input.Relationship), 200, errors);
            var email = Email(input.Email, prefix + nameof(input.Email), errors);
            if (email is not null)
            {
                if (candidateEmail is not null && email.Equals(candidateEmail, StringComparison.OrdinalIgnoreCase))
                {
                    errors.Add(prefix + nameof(input.Email), "Error.ReferenceEmailIsCandidate");
                }
                else if (!seenEmails.Add(email))
                {
                    errors.Add(prefix + nameof(input.Email), "Error.ReferenceEmailRepeated");
                }
            }

            var phone = Phone(input.Phone, region, prefix + nameof(input.Phone), errors);
            if (fullName is not null && organisation is not null && relationship is not null && email is not null && phone is not null)
            {
                result.Add(new ApplicationReference
                {
                    Position = i + 1, FullName = fullName, Organisation = organisation, Relationship = relationship, Email = email, Phone = phone,
                });
            }
        }

        return result;
    }

    private static string? Required(string? value, string field, int maxLength, FormErrors errors)
    {
        var text = Clean(value);
        if (text is null)
        {
            errors.Add(field, "Error.Required");
            return null;
        }

        if (text.Length > maxLength)
        {
            errors.Add(field, "Error.TooLong", maxLength);
            return null;
        }

        return text;
    }

    private static void LatinName(string? name, string field, FormErrors errors)
    {
        if (name is null)
        {
            errors.Add(field, "Error.Required");
        }
        else if (name.Length > 100)
        {
            errors.Add(field, "Error.TooLong", 100);
        }
        else if (!LatinNamePattern().IsMatch(name))
        {
            errors.Add(field, "Error.LatinLettersOnly");
        }
    }

    private static void ArabicName(string? name, string field, FormErrors errors)
    {
        if (name is null)
        {
            return;
        }

        if (name.Length > 100)
        {
            errors.Add(field, "Error.TooLong", 100);
        }
        else if (!ArabicNamePattern().IsMatch(name))
        {
            errors.Add(field, "Error.ArabicLettersOnly");
        }
    }

    private static string? Email(string? value, string field, FormErrors errors)
    {
        var text = Clean(value);
        if (text is null)
        {
            errors.Add(field, "Error.Required");
            return null;
        }

        // MailAddress alone accepts display names and dotless domains; a candidate's address needs neither.
        if (text.Length > 254 || !MailAddress.TryCreate(text, out var address) || address.Address != text ||
            address.DisplayName.Length > 0 || !address.Host.Contains('.', StringComparison.Ordinal) || address.Host.EndsWith('.'))
        {
            errors.Add(field, "Error.EmailInvalid");
            return null;
        }

        return text.ToLowerInvariant();
    }

    private static string? Phone(string? value, string? region, string field, FormErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, "Error.Required");
            return null;
        }

        if (!PhoneNumberRules.TryNormalize(value, region, out var e164))
        {
            errors.Add(field, "Error.PhoneInvalid");
            return null;
        }

        return e164;
    }

    private static string? Country(string? value, string field, FormErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, "Error.Required");
            return null;
        }

        if (!Countries.IsKnown(value))
        {
            errors.Add(field, "Error.CountryUnknown");
            return null;
        }

        return value.ToUpperInvariant();
    }

    private static LanguageLevel? Level(string? value, string field, FormErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, "Error.Required");
            return null;
        }

        if (!Enum.TryParse<LanguageLevel>(value, ignoreCase: false, out var level) || !Enum.IsDefined(level) || int.TryParse(value, out _))
        {
            errors.Add(field, "Error.LevelUnknown");
            return null;
        }

        return level;
    }

    /// <summary>Trims, folds runs of spaces, drops bidi controls pasted from other documents; empty becomes null.</summary>
    private static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = BidiControls().Replace(value, "");
        text = Spaces().Replace(text, " ").Trim();
        return text.Length == 0 ? null : text;
    }

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    // Latin letters with accents (Latin-1, Extended-A/B, Extended Additional), spaces, hyphens, apostrophes, dots.
    [GeneratedRegex(@"^[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]+(?:[ '’.\-]+[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]+)*\.?$")]
    private static partial Regex LatinNamePattern();

    // Arabic letters (with tashkeel), spaces and hyphens.
    [GeneratedRegex(@"^[\u0621-\u064A\u064B-\u0652\u0670-\u06D3\u06FA-\u06FF\u0750-\u077F]+(?:[ \-]+[\u0621-\u064A\u064B-\u0652\u0670-\u06D3\u06FA-\u06FF\u0750-\u077F]+)*$")]
    private static partial Regex ArabicNamePattern();

    [GeneratedRegex(@"[\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C]")]
    private static partial Regex BidiControls();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

/// <summary>The candidate fields after validation: trimmed, e-mail lower-cased, phones in E.164.</summary>
public sealed record ValidatedApplication(
    string GivenName,
    string FamilyName,
    string? GivenNameArabic,
    string? FamilyNameArabic,
    string Email,
    string Phone,
    string CountryOfResidence,
    string Nationality,
    LanguageLevel FrenchLevel,
    LanguageLevel ArabicLevel,
    string? Message,
    bool TalentPool,
    List<ApplicationReference> References,
    int ExperienceYears);
