using ThammJobs.Applications.Models;
using ThammJobs.Applications.Services;

namespace ThammJobs.Applications.Forms;

/// <summary>The form filled from a stored application, for the candidate who updates it before the deadline.</summary>
public static class ApplicationPrefill
{
    public static ApplicationInput From(Application application) => new()
    {
        GivenName = application.GivenName,
        FamilyName = application.FamilyName,
        GivenNameArabic = application.GivenNameArabic,
        FamilyNameArabic = application.FamilyNameArabic,
        Email = application.Email,
        EmailConfirmation = application.Email,
        Phone = PhoneNumberRules.Display(application.Phone),
        CountryOfResidence = application.CountryOfResidence,
        Nationality = application.Nationality,
        ExperienceYears = application.ExperienceYears?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        FrenchLevel = application.FrenchLevel.ToString(),
        ArabicLevel = application.ArabicLevel.ToString(),
        Message = application.Message,
        Consent = true,
        TalentPool = application.TalentPool,
        References = application.References.OrderBy(r => r.Position).Select(r => new ReferenceInput
        {
            FullName = r.FullName, Organisation = r.Organisation, Relationship = r.Relationship, Email = r.Email, Phone = PhoneNumberRules.Display(r.Phone),
        }).ToList(),
    };
}
