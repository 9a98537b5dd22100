using ThammJobs.Applications.Models;
using ThammJobs.Core.Audit;

namespace ThammJobs.Applications.Notifications;

/// <summary>
/// The applications' lines of the site's audit trail (category <c>applications</c>, subject the receipt number,
/// which the anonymous stub keeps after an erasure): who viewed a candidate's file, downloaded a document or a ZIP,
/// moved, exported or erased an application, and when. Entries are added to the caller's unit of work.
/// </summary>
public sealed class ApplicationAudit(IAuditTrail trail)
{
    public const string Category = "applications";
    public const string SubjectType = "application";

    /// <summary>The actor written for the candidate's own actions (the journal translates it).</summary>
    public const string CandidateActor = "candidate";

    public void Viewed(Application application) => Add("viewed", application, null);

    public void DocumentDownloaded(Application application, ApplicationDocument document) =>
        Add("document-downloaded", application, null, new AuditChange("document", null, $"{document.Kind}: {document.OriginalName}"));

    /// <summary>One application's documents sent in a bulk ZIP (<paramref name="files"/> of them).</summary>
    public void Zipped(string number, string offerSet, string culture, int files) =>
        Add("documents-zipped", number, offerSet, culture, null, new AuditChange("files", null, files.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The application was a row of a CSV or XLSX export of its offer's list (<paramref name="format"/>).</summary>
    public void ListExported(string number, string offerSet, string culture, string format) =>
        Add("list-exported", number, offerSet, culture, null, new AuditChange("format", null, format));

    public void Moved(Application application, ApplicationStage? from, ApplicationStage to, TransitionActor actor, string? actorName) =>
        Add("moved", application, ActorOf(actor, actorName), new AuditChange("stage", from?.ToString(), to.ToString()));

    public void Exported(Application application) => Add("exported", application, CandidateActor);

    /// <summary>The erasure itself; <paramref name="actor"/> null for the site (the retention rule).</summary>
    public void Erased(Application application, string? actor, string why) => Add("erased", application, actor, new AuditChange("why", null, why));

    /// <summary>Staff: null, so the trail takes the signed-in person; the candidate and the site are named.</summary>
    private static string? ActorOf(TransitionActor actor, string? actorName) => actor switch
    {
        TransitionActor.Candidate => CandidateActor,
        TransitionActor.System => actorName is null ? null : "system: " + actorName,
        _ => null,
    };

    private void Add(string action, Application application, string? actor, params AuditChange[] changes) =>
        Add(action, application.Number, application.OfferSet, application.Culture, actor, changes);

    private void Add(string action, string number, string offerSet, string culture, string? actor, params AuditChange[] changes) =>
        trail.Record(new AuditRecord(Category, action, SubjectType, number, culture, [new AuditChange("offer", null, offerSet), .. changes], actor));
}
