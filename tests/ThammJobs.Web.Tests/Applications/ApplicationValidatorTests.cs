using ThammJobs.Applications.Forms;
using ThammJobs.Applications.Services;

namespace ThammJobs.Web.Tests.Applications;

public sealed class ApplicationValidatorTests
{
    private static ApplicationInput Valid() => new()
    {
        GivenName = "Salma", FamilyName = "Bennani", Email = "salma@example.ma", EmailConfirmation = "salma@example.ma",
        Phone = "0612345678", CountryOfResidence = "MA", Nationality = "MA", FrenchLevel = "C1", ArabicLevel = "Native", ExperienceYears = "9", Consent = true,
        References =
        [
            new() { FullName = "A B", Organisation = "ANAPEC", Relationship = "Directeur", Email = "a@example.ma", Phone = "0537000000" },
            new() { FullName = "C D", Organisation = "OFII", Relationship = "Collègue", Email = "c@example.fr", Phone = "+33612345678" },
        ],
    };

    private static FormErrors Check(ApplicationInput input, int references = 2)
    {
        var errors = new FormErrors();
        ApplicationValidator.Validate(input, references, errors);
        return errors;
    }

    [Fact]
    public void A_valid_form_has_no_errors_and_is_normalised()
    {
        var input = Valid();
        input.Email = " Salma@Example.MA ";
        input.EmailConfirmation = "salma@example.ma";
        var errors = new FormErrors();
        var result = ApplicationValidator.Validate(input, 2, errors);

        Assert.False(errors.Any, string.Join(", ", errors.Fields));
        Assert.Equal("salma@example.ma", result!.Email);
        Assert.Equal("+212612345678", result.Phone);
        Assert.Equal("+33612345678", result.References[1].Phone);
    }

    [Theory]
    [InlineData("Éloïse-Marie", true)]
    [InlineData("N'Diaye", true)]
    [InlineData("Aït Ben Haddou", true)]
    [InlineData("سلمى", false)]
    [InlineData("Salma2", false)]
    [InlineData("<script>", false)]
    public void Names_are_in_latin_letters(string name, bool valid)
    {
        var input = Valid();
        input.GivenName = name;
        Assert.Equal(!valid, Check(input).Has("GivenName"));
    }

    [Theory]
    [InlineData("سلمى", true)]
    [InlineData("عبد الرحمن", true)]
    [InlineData("Salma", false)]
    public void Arabic_names_are_optional_but_in_arabic_letters(string name, bool valid)
    {
        var input = Valid();
        input.GivenNameArabic = name;
        Assert.Equal(!valid, Check(input).Has("GivenNameArabic"));
    }

    [Theory]
    [InlineData("06 12 34 56 78", "MA", "+212612345678")]
    [InlineData("٠٦١٢٣٤٥٦٧٨", "MA", "+212612345678")]
    [InlineData("00212612345678", "FR", "+212612345678")]
    [InlineData("06 12 34 56 78", "FR", "+33612345678")]
    [InlineData("+212 5 37 00 00 00", null, "+212537000000")]
    public void Phones_are_stored_as_E164(string typed, string? region, string expected)
    {
        Assert.True(PhoneNumberRules.TryNormalize(typed, region, out var e164));
        Assert.Equal(expected, e164);
    }

    [Theory]
    [InlineData("12")]
    [InlineData("06 12")]
    [InlineData("abcdefghij")]
    [InlineData("+999 123456789")]
    public void Invalid_phones_are_refused(string typed)
    {
        var input = Valid();
        input.Phone = typed;
        Assert.Equal("Error.PhoneInvalid", Check(input).For("Phone")?.Key);
    }

    [Theory]
    [InlineData("salma")]
    [InlineData("salma@localhost")]
    [InlineData("Salma <salma@example.ma>")]
    [InlineData("salma@@example.ma")]
    public void Invalid_emails_are_refused(string email)
    {
        var input = Valid();
        input.Email = email;
        input.EmailConfirmation = email;
        Assert.Equal("Error.EmailInvalid", Check(input).For("Email")?.Key);
    }

    [Fact]
    public void The_email_must_be_typed_twice_alike()
    {
        var input = Valid();
        input.EmailConfirmation = "salma@example.com";
        Assert.Equal("Error.EmailMismatch", Check(input).For("EmailConfirmation")?.Key);
    }

    [Fact]
    public void References_need_distinct_emails_other_than_the_candidates()
    {
        var input = Valid();
        input.References[0].Email = "SALMA@example.ma";
        input.References[1].Email = "salma@example.ma";
        var errors = Check(input);
        Assert.Equal("Error.ReferenceEmailIsCandidate", errors.For("References[0].Email")?.Key);
        Assert.Equal("Error.ReferenceEmailIsCandidate", errors.For("References[1].Email")?.Key);

        input = Valid();
        input.References[1].Email = "A@example.ma";
        Assert.Equal("Error.ReferenceEmailRepeated", Check(input).For("References[1].Email")?.Key);
    }

    [Fact]
    public void Missing_references_are_reported_field_by_field()
    {
        var input = Valid();
        var errors = Check(input, references: 3);
        Assert.Equal("Error.Required", errors.For("References[2].FullName")?.Key);
        Assert.Equal("Error.Required", errors.For("References[2].Phone")?.Key);
        Assert.False(errors.Has("References[1].FullName"));
    }

    [Fact]
    public void Consent_levels_and_countries_are_required_and_checked()
    {
        var input = Valid();
        input.Consent = false;
        input.FrenchLevel = "Z9";
        input.Nationality = "XX";
        input.ArabicLevel = "7";
        var errors = Check(input);
        Assert.Equal("Error.ConsentRequired", errors.For("Consent")?.Key);
        Assert.Equal("Error.LevelUnknown", errors.For("FrenchLevel")?.Key);
        Assert.Equal("Error.LevelUnknown", errors.For("ArabicLevel")?.Key);
        Assert.Equal("Error.CountryUnknown", errors.For("Nationality")?.Key);
    }

    [Theory]
    [InlineData("9", 9)]
    [InlineData(" 0 ", 0)]
    [InlineData("١٢", 12)]   // Arabic-Indic digits
    [InlineData("۱۵", 15)]   // Persian digits
    [InlineData("60", 60)]
    public void Years_of_experience_are_a_whole_number_in_any_digits(string typed, int expected)
    {
        var input = Valid();
        input.ExperienceYears = typed;
        var errors = new FormErrors();
        var result = ApplicationValidator.Validate(input, 0, errors);
        Assert.False(errors.Any, string.Join(", ", errors.Fields));
        Assert.Equal(expected, result!.ExperienceYears);
    }

    [Theory]
    [InlineData(null, "Error.Required")]
    [InlineData("  ", "Error.Required")]
    [InlineData("huit", "Error.ExperienceYears")]
    [InlineData("8.5", "Error.ExperienceYears")]
    [InlineData("-1", "Error.ExperienceYears")]
    [InlineData("61", "Error.ExperienceYears")]
    [InlineData("99999999999999999999", "Error.ExperienceYears")]
    public void Missing_or_malformed_years_of_experience_get_their_message(string? typed, string key)
    {
        var input = Valid();
        input.ExperienceYears = typed;
        Assert.Equal(key, Check(input).For("ExperienceYears")?.Key);
    }

    [Fact]
    public void Huge_or_hostile_input_gives_messages_not_exceptions()
    {
        var input = Valid();
        input.GivenName = new string('a', 5000);
        input.Message = new string('م', 5000);
        input.Phone = new string('9', 5000);
        input.FamilyName = "\u202Eevil\u202C";
        var errors = Check(input);
        Assert.Equal("Error.TooLong", errors.For("GivenName")?.Key);
        Assert.Equal("Error.MessageTooLong", errors.For("Message")?.Key);
        Assert.Equal("Error.PhoneInvalid", errors.For("Phone")?.Key);
        Assert.False(errors.Has("FamilyName")); // bidi controls dropped, "evil" is a Latin name
    }
}
