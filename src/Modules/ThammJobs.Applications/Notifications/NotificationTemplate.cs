using ThammJobs.Applications.Models;

namespace ThammJobs.Applications.Notifications;

/// <summary>
/// The e-mail a candidate receives when their application reaches <see cref="Stage"/>, in one language. Edited by
/// administrators (<c>/admin/modeles</c>); sent only while <see cref="Enabled"/>. Placeholders such as
/// <c>{prenom}</c> are listed in <see cref="TemplatePlaceholders"/> and checked on save.
/// A template with an <see cref="OfferSet"/> is that offer's own version of the stage's message: it replaces the
/// general one (null offer) for that offer's candidates, including whether it is sent at all.
/// </summary>
public sealed class NotificationTemplate
{
    public int Id { get; set; }
    public ApplicationStage Stage { get; set; }
    public required string Culture { get; set; }

    /// <summary>The offer (translation set) this version belongs to; null for the general template.</summary>
    public string? OfferSet { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public bool Enabled { get; set; }
    public DateTime UpdatedUtc { get; set; }

    /// <summary>User name of the last person who saved it; null while it is the seeded default.</summary>
    public string? UpdatedBy { get; set; }

    public const int SubjectMaxLength = 200;
    public const int BodyMaxLength = 8000;
}
