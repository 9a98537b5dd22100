using Microsoft.EntityFrameworkCore;
using ThammJobs.Applications.Forms;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Pipeline;
using ThammJobs.Applications.Storage;
using ThammJobs.Core.Data;
using ThammJobs.Messaging.Outbox;

namespace ThammJobs.Applications.Services;

/// <summary>
/// Turns a valid form and its draft files into an application, in one transaction with its receipt number and
/// confirmation e-mail. The form's submission key makes a double click, a resubmit after "back" or a retry
/// harmless; a second application to the same offer with the same e-mail is refused (and the owner of the address
/// gets their link by e-mail, so nobody learns from the page whether an address applied).
/// </summary>
public sealed class ApplicationSubmitter(
    ThammJobsDbContext db,
    ReceiptNumbers numbers,
    StatusLinks links,
    CandidateMail mail,
    IOutbox outbox,
    DocumentStore store,
    TimeProvider clock,
    ApplicationMetrics metrics,
    TransitionService transitions)
{
    public async Task<SubmitOutcome> SubmitAsync(
        ApplyingOffer offer, ValidatedApplication data, Guid submissionKey, ApplicationDraft draft, string culture, string baseUrl, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await numbers.EnsureYearAsync(now.Year, cancellationToken);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (await FindBySubmissionKeyAsync(submissionKey, cancellationToken) is { } repeated)
            {
                return new SubmitOutcome(SubmitState.AlreadySubmitted, repeated);
            }

            var existing = await db.Set<Application>()
                .FirstOrDefaultAsync(a => a.OfferSet == offer.OfferSet && a.Email == data.Email && a.Live, cancellationToken);
            if (existing is not null)
            {
                outbox.Enqueue(db, mail.AlreadyApplied(existing, culture, baseUrl + StatusLinks.Path(existing.Culture, links.CreateToken(existing.Id))));
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return new SubmitOutcome(SubmitState.Duplicate, null);
            }

            var application = new Application
            {
                Id = Guid.NewGuid(),
                Number = await numbers.NextAsync(now.Year, cancellationToken),
                SubmissionKey = submissionKey,
                OfferSet = offer.OfferSet,
                OfferItemId = offer.Item.Version.ContentItemId,
                OfferTitle = offer.Offer.Title,
                Culture = culture,
                Stage = ApplicationStage.Received,
                GivenName = data.GivenName,
                FamilyName = data.FamilyName,
                GivenNameArabic = data.GivenNameArabic,
                FamilyNameArabic = data.FamilyNameArabic,
                Email = data.Email,
                Phone = data.Phone,
                CountryOfResidence = data.CountryOfResidence,
                Nationality = data.Nationality,
                ExperienceYears = data.ExperienceYears,
                FrenchLevel = data.FrenchLevel,
                ArabicLevel = data.ArabicLevel,
                Message = data.Message,
                ConsentUtc = now.UtcDateTime,
                TalentPool = data.TalentPool,
                SubmittedUtc = now.UtcDateTime,
                UpdatedUtc = now.UtcDateTime,
                References = data.References,
            };
            // Completeness is judged on what is being received: the draft's files and the references typed.
            var files = await db.Set<ApplicationDocument>().AsNoTracking().Where(d => d.DraftId == draft.Id).ToListAsync(cancellationToken);
            db.Add(application);
            transitions.Receive(application, Completeness.IsComplete(offer.Offer, files, data.References.Count));
            await db.SaveChangesAsync(cancellationToken);

            // The draft's files become the application's; the draft row goes.
            await db.Set<ApplicationDocument>().Where(d => d.DraftId == draft.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.ApplicationId, application.Id).SetProperty(d => d.DraftId, (Guid?)null), cancellationToken);
            db.Remove(draft);

            var statusUrl = baseUrl + StatusLinks.Path(culture, links.CreateToken(application.Id));
            outbox.Enqueue(db, mail.Confirmation(application, statusUrl));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            metrics.Submitted(culture);
            return new SubmitOutcome(SubmitState.Created, application);
        }
        catch (DbUpdateException)
        {
            // Lost a race on a unique index: the same form sent twice at once, or two tabs with one e-mail.
            db.ChangeTracker.Clear();
            if (await FindBySubmissionKeyAsync(submissionKey, cancellationToken) is { } repeated)
            {
                return new SubmitOutcome(SubmitState.AlreadySubmitted, repeated);
            }

            if (await db.Set<Application>().AnyAsync(a => a.OfferSet == offer.OfferSet && a.Email == data.Email && a.Live, cancellationToken))
            {
                return new SubmitOutcome(SubmitState.Duplicate, null);
            }

            throw;
        }
    }

    /// <summary>
    /// Saves a candidate's update before the deadline: fields and references replaced, chosen files removed, the
    /// draft's new files attached, in one transaction; removed files' bytes go after the commit.
    /// </summary>
    public async Task UpdateAsync(ThammJobs.Content.Models.JobOffer offer, Guid applicationId, ValidatedApplication data, ApplicationDraft draft, IReadOnlyCollection<Guid> removeDocuments, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        List<ApplicationDocument> removed;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var application = await db.Set<Application>().Include(a => a.References).Include(a => a.Documents).AsSplitQuery()
                .SingleAsync(a => a.Id == applicationId, cancellationToken);
            application.GivenName = data.GivenName;
            application.FamilyName = data.FamilyName;
            application.GivenNameArabic = data.GivenNameArabic;
            application.FamilyNameArabic = data.FamilyNameArabic;
            application.Phone = data.Phone;
            application.CountryOfResidence = data.CountryOfResidence;
            application.Nationality = data.Nationality;
            application.ExperienceYears = data.ExperienceYears;
            application.FrenchLevel = data.FrenchLevel;
            application.ArabicLevel = data.ArabicLevel;
            application.Message = data.Message;
            application.TalentPool = data.TalentPool;
            application.UpdatedUtc = now;
            db.RemoveRange(application.References);
            foreach (var reference in data.References)
            {
                reference.ApplicationId = application.Id;
                db.Add(reference);
            }

            removed = application.Documents.Where(d => removeDocuments.Contains(d.Id)).ToList();
            db.RemoveRange(removed);
            await db.SaveChangesAsync(cancellationToken);
            await db.Set<ApplicationDocument>().Where(d => d.DraftId == draft.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.ApplicationId, application.Id).SetProperty(d => d.DraftId, (Guid?)null), cancellationToken);
            db.Remove(draft);

            // The update may complete an incomplete application (or, removing a file, the reverse): the site says so
            // in the history, as it did on receipt. Stages past the check are the recruiters' to change.
            var files = await db.Set<ApplicationDocument>().AsNoTracking().Where(d => d.ApplicationId == application.Id).ToListAsync(cancellationToken);
            var complete = Completeness.IsComplete(offer, files, data.References.Count);
            application.DocumentsComplete = complete;
            var verdict = complete ? ApplicationStage.Complete : ApplicationStage.Incomplete;
            if (application.Stage != verdict && StageTransitions.Find(application.Stage, verdict, [Mover.System]) is not null)
            {
                transitions.Record(application, verdict, TransitionActor.System, null, null, null, null);
            }

            outbox.Enqueue(db, mail.Updated(application));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        foreach (var document in removed)
        {
            store.Delete(document.StoredName);
            store.Delete(document.ThumbnailName);
        }
    }

    public Task<Application?> FindBySubmissionKeyAsync(Guid submissionKey, CancellationToken cancellationToken) =>
        db.Set<Application>().AsNoTracking().FirstOrDefaultAsync(a => a.SubmissionKey == submissionKey, cancellationToken);
}

public enum SubmitState
{
    Created,
    AlreadySubmitted,
    Duplicate,
}

public sealed record SubmitOutcome(SubmitState State, Application? Application);
