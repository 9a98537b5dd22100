using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ThammJobs.Applications.Forms;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Services;
using ThammJobs.Core.Data;
using ThammJobs.Core.Localization;
using ThammJobs.Messaging.Outbox;

namespace ThammJobs.Applications.Pages.Public.Apply;

/// <summary>
/// A lost or expired link: the candidate gives their e-mail and receives fresh links to their live applications.
/// The page says the same whether or not the address applied, so nobody learns who applied.
/// </summary>
public sealed class LostLinkModel(ThammJobsDbContext db, StatusLinks links, CandidateMail mail, IOutbox outbox, LanguageAlternates alternates) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public FormErrors Errors { get; } = new();

    public bool Sent { get; private set; }

    public string Culture => SiteCultures.Current;

    public void OnGet() => SetAlternates();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        SetAlternates();
        var email = Email?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(email) || email.Length > 254 || !System.Net.Mail.MailAddress.TryCreate(email, out _))
        {
            Errors.Add(nameof(Email), string.IsNullOrEmpty(email) ? "Error.Required" : "Error.EmailInvalid");
            return Page();
        }

        var applications = await db.Set<Application>().Where(a => a.Email == email && a.ErasedUtc == null)
            .OrderByDescending(a => a.SubmittedUtc).Take(20).ToListAsync(cancellationToken);
        if (applications.Count > 0)
        {
            var origin = $"{Request.Scheme}://{Request.Host}";
            var list = applications.Select(a => (a, origin + StatusLinks.Path(Culture, links.CreateToken(a.Id)))).ToList();
            outbox.Enqueue(db, mail.Links(email, Culture, list));
            await db.SaveChangesAsync(cancellationToken);
        }

        Sent = true;
        return Page();
    }

    private void SetAlternates()
    {
        ViewData["NoIndex"] = true;
        foreach (var culture in SiteCultures.All)
        {
            alternates.Set(culture, ApplyUrls.LostLink(culture));
        }
    }
}
