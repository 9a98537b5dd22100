using ThammJobs.Applications.Models;
using ThammJobs.Content.Models;

namespace ThammJobs.Applications.Pipeline;

/// <summary>
/// Whether an application holds what its offer asks for: at least one usable file for each required document
/// (a file still awaiting its antivirus scan counts; an infected one does not) and the number of references asked.
/// </summary>
public static class Completeness
{
    public static bool IsComplete(JobOffer offer, IReadOnlyCollection<ApplicationDocument> documents, int references) =>
        references >= offer.ReferencesRequired &&
        offer.Documents.Where(d => d.Required).All(required =>
            documents.Any(d => d.Kind == required.Kind && d.ScanStatus != ScanStatus.Infected));
}
