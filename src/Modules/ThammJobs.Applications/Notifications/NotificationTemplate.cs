using ThammJobs.Applications.Models;

namespace ThammJobs.Applications.Notifications;

/// <summary>
/// The e-mail a candidate receives when their application reaches <see cref="Stage"/>, in one language. Edited by
/// administrators (<c>/admin/modeles</c>); sent only while <see cref="Enabled"/>. Placeholders such as
/// <c>{prenom}</c> are listed in <see cref="TemplatePlaceholders"/> and checked on save.
/// </summary>
public sealed class NotificationTemplate
{
    public int Id { get; set; }
    public ApplicationStage Stage { get; set; }
    public required string Culture { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public bool Enabled { get; set; }
    public DateTime UpdatedUtc { get; set; }

    /// <summary>User name of the last person who saved it; null while it is the seeded default.</summary>
    public string? UpdatedBy { get; set; }

    public const int SubjectMaxLength = 200;
    public const int BodyMaxLength = 8000;
}
