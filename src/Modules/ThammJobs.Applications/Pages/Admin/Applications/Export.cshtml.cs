using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ThammJobs.Applications.Exports;
using ThammJobs.Applications.Models;
using ThammJobs.Applications.Pipeline;
using ThammJobs.Applications.Services;
using ThammJobs.Core.Localization;
using ThammJobs.Core.Security;

namespace ThammJobs.Applications.Pages.Admin.Applications;

/// <summary>
/// An offer's applicants as CSV or XLSX, or their documents as a ZIP: GET exports what the list shows with the
/// same filters and sort (all of the offer without filters); POST <c>Selection</c> exports the rows checked in the
/// list's bulk form. Only people who manage applications, on an offer they may open (reviewers never export).
/// </summary>
[Authorize(Policy = ApplicationAccess.ReadPolicy)]
public sealed class ExportModel(
    ApplicationAccess access,
    ApplicationListQuery list,
    BulkActions bulk,
    ExportFiles files,
    ThammJobs.Core.Data.ThammJobsDbContext db,
    Notifications.ApplicationAudit audit,
    UserManager<StaffUser> users,
    IStringLocalizer<ApplicationStrings> strings) : PageModel
{
    public static readonly string[] Formats = ["csv", "xlsx", "zip"];

    /// <summary>GET: the list's current filter (query string of the list), <c>format</c> = csv, xlsx or zip.</summary>
    public async Task<IActionResult> OnGetAsync(string offerSet, string? format, CancellationToken cancellationToken)
    {
        if (!ExportAccess.MayExport(User) || !await access.CanSeeAsync(User, offerSet, cancellationToken))
        {
            return Forbid();
        }

        var filter = ApplicationFilter.From(Request.Query);
        var query = ApplicationListQuery.Sorted(ApplicationListQuery.WithStage(list.Filtered(offerSet, filter, users.GetUserId(User)), filter.Stage), filter.Sort);
        return await SendAsync(offerSet, format, query, cancellationToken);
    }

    /// <summary>POST from the list's bulk form: the checked rows (<c>Bulk.Ids</c>), in the list's order.</summary>
    public async Task<IActionResult> OnPostSelectionAsync(string offerSet, string? format, [FromForm(Name = "Bulk.Ids")] List<string>? ids, CancellationToken cancellationToken)
    {
        if (!ExportAccess.MayExport(User) || !await access.CanSeeAsync(User, offerSet, cancellationToken))
        {
            return Forbid();
        }

        var keys = BulkActions.ParseKeys(ids).Select(k => k.Id).ToList();
        if (keys.Count == 0)
        {
            TempData["Done"] = strings["Admin.Bulk.NoneChecked"].Value;
            return Redirect(AdminApplicationUrls.Offer(SiteCultures.Current, offerSet));
        }

        var filter = ApplicationFilter.From(Request.Query);
        var query = ApplicationListQuery.Sorted(list.Filtered(offerSet, new ApplicationFilter(), null).Where(a => keys.Contains(a.Id)), filter.Sort);
        return await SendAsync(offerSet, format, query, cancellationToken);
    }

    private async Task<IActionResult> SendAsync(string offerSet, string? format, IQueryable<Application> query, CancellationToken cancellationToken)
    {
        if (!Formats.Contains(format))
        {
            return Redirect(AdminApplicationUrls.Offer(SiteCultures.Current, offerSet));
        }

        if (format != "zip")
        {
            // Every application whose data leaves the site in the file gets its audit line, saved before the bytes go
            // (the ZIP writes its own lines per application).
            var rows = await query.Select(a => new { a.Number, a.OfferSet, a.Culture }).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                audit.ListExported(row.Number, row.OfferSet, row.Culture, format!);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        var culture = SiteCultures.Current;
        var columns = new ExportColumns(strings, culture);
        var temp = ExportFiles.TemporaryFile();
        try
        {
            string type;
            switch (format)
            {
                case "csv":
                    await CsvExport.WriteAsync(temp, columns, ExportRow.Read(query), cancellationToken);
                    type = "text/csv; charset=utf-8";
                    break;
                case "xlsx":
                    await XlsxExport.WriteAsync(temp, columns, strings["Export.Sheet"].Value, ExportRow.Read(query), cancellationToken);
                    type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                    break;
                default:
                    await bulk.WriteZipAsync(query, temp, cancellationToken, kind => strings["Kind." + kind].ResourceNotFound ? kind : strings["Kind." + kind].Value);
                    type = "application/zip";
                    break;
            }

            temp.Position = 0;
            Response.Headers.XContentTypeOptions = "nosniff";
            Response.Headers.CacheControl = "no-store";
            var name = await files.NameAsync(offerSet, format == "zip" ? "documents" : "candidatures", format!, cancellationToken);
            return File(temp, type, name);
        }
        catch
        {
            await temp.DisposeAsync();
            throw;
        }
    }
}
