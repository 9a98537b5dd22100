using System.Text;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using ThammJobs.Applications.Models;
using ThammJobs.Core.Localization;
using ThammJobs.Messaging.Outbox;

namespace ThammJobs.Applications.Services;

/// <summary>The e-mails a candidate receives from this module, in the language of the page they used.</summary>
public sealed class CandidateMail(IStringLocalizer<ApplicationStrings> t, IOptions<ApplicationOptions> options)
{
    public OutgoingMessage Confirmation(Application application, string statusUrl)
    {
        var text = new StringBuilder()
            .AppendLine(t["Mail.Greeting", application.GivenName, application.FamilyName])
            .AppendLine()
            .AppendLine(t["Mail.Confirmation.Body", BidiText.Fix(application.OfferTitle), application.Number])
            .AppendLine()
            .AppendLine(t["Mail.StatusLink", options.Value.StatusLinkDays])
            .AppendLine(statusUrl)
            .AppendLine()
            .AppendLine(t["Mail.Retention", options.Value.RetentionMonths])
            .AppendLine()
            .AppendLine(t["Mail.Signature"])
            .ToString();
        return new OutgoingMessage(application.Email, $"{application.GivenName} {application.FamilyName}",
            t["Mail.Confirmation.Subject", application.Number], text, null, application.Culture, Category: "application-received");
    }

    public OutgoingMessage Updated(Application application)
    {
        var text = new StringBuilder()
            .AppendLine(t["Mail.Greeting", application.GivenName, application.FamilyName])
            .AppendLine()
            .AppendLine(t["Mail.Updated.Body", BidiText.Fix(application.OfferTitle), application.Number])
            .AppendLine()
            .AppendLine(t["Mail.NotYou"])
            .AppendLine()
            .AppendLine(t["Mail.Signature"])
            .ToString();
        return new OutgoingMessage(application.Email, $"{application.GivenName} {application.FamilyName}",
            t["Mail.Updated.Subject", application.Number], text, null, application.Culture, Category: "application-updated");
    }

    public OutgoingMessage AlreadyApplied(Application application, string culture, string statusUrl)
    {
        var text = new StringBuilder()
            .AppendLine(t["Mail.Greeting", application.GivenName, application.FamilyName])
            .AppendLine()
            .AppendLine(t["Mail.AlreadyApplied.Body", BidiText.Fix(application.OfferTitle), application.Number])
            .AppendLine()
            .AppendLine(statusUrl)
            .AppendLine()
            .AppendLine(t["Mail.NotYou"])
            .AppendLine()
            .AppendLine(t["Mail.Signature"])
            .ToString();
        return new OutgoingMessage(application.Email, null, t["Mail.AlreadyApplied.Subject", application.Number], text, null, culture, Category: "application-duplicate");
    }

    public OutgoingMessage Links(string email, string culture, IReadOnlyList<(Application Application, string Url)> links)
    {
        var text = new StringBuilder().AppendLine(t["Mail.Links.Body"]).AppendLine();
        foreach (var (application, url) in links)
        {
            text.AppendLine($"{application.Number} — {BidiText.Fix(application.OfferTitle)}").AppendLine(url).AppendLine();
        }

        text.AppendLine(t["Mail.NotYou"]).AppendLine().AppendLine(t["Mail.Signature"]);
        return new OutgoingMessage(email, null, t["Mail.Links.Subject"], text.ToString(), null, culture, Category: "status-links");
    }
}
