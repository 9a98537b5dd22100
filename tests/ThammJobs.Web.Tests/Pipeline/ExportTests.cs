using System.IO.Compression;
using System.Net;
using System.Text;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThammJobs.Audit.Models;
using ThammJobs.Core.Data;
using ThammJobs.Core.Security;
using ThammJobs.Testing;
using ThammJobs.Web.Tests.BackOffice;
using ThammJobs.Web.Tests.Public;

namespace ThammJobs.Web.Tests.Pipeline;

/// <summary>Exports opened and checked: the CSV parsed back, the workbook read with the Open XML SDK, the ZIP listed.</summary>
public abstract class ExportTests(DatabaseKind kind)
{
    private const string Export = "/fr/admin/candidatures/offre/" + ExportSite.Offer + "/export";

    private async Task<(SiteFactory Site, HttpClient Recruiter, Dictionary<string, Guid> Ids)> SiteAsync()
    {
        var site = new SiteFactory(kind: kind);
        var ids = await ExportSite.SeedAsync(site);
        var recruiter = await Staff.CreateAsync(site, StandardRoles.Recruiter);
        await PipelineSite.AssignAsync(site, recruiter.Id, ExportSite.Offer);
        var (client, _) = await Staff.SignInAsync(site, "recruiter@thammjobs.test");
        return (site, client, ids);
    }

    private static List<string[]> ParseCsv(byte[] bytes)
    {
        using var reader = CsvReader.Create(new MemoryStream(bytes), CsvReaderOptions.Default with { Separator = ';', HasHeader = false });
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(reader.Current.ToArray());
        }

        return rows;
    }

    [Fact]
    public async Task The_csv_has_a_bom_a_header_every_filtered_row_intact_Arabic_and_no_formula()
    {
        var (site, client, _) = await SiteAsync();
        using var _ = site;

        var response = await client.GetAsync(Export + "?format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("THAMM-candidatures-offre-a-exporter-2026-11-26.csv", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);

        var rows = ParseCsv(bytes);
        var header = rows[0];
        Assert.Equal(["Numéro de candidature", "Étape"], header[..2]);
        Assert.Contains("Références", header);
        Assert.Equal(6, rows.Count - 1);   // the other offer's application is not there
        var byNumber = rows.Skip(1).ToDictionary(r => r[0]);
        var salma = byNumber["THAMM-2026-000001"];
        Assert.Equal("Présélectionnée", salma[1]);
        Assert.Equal(ExportSite.Local(ExportSite.Applications[0].SubmittedUtc).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), salma[Array.IndexOf(header, "Déposée le (heure du Maroc)")]);
        Assert.Equal("بناني", salma[Array.IndexOf(header, "Nom en arabe")]);
        Assert.Equal("سلمى", salma[Array.IndexOf(header, "Prénom en arabe")]);
        Assert.Equal("Karim Amrani — OIM — Chef — k@example.org — +212600000001 ; ليلى — ANAPEC — Collègue — l@example.org — +212600000002", salma[Array.IndexOf(header, "Références")]);
        Assert.Equal("5", salma[Array.IndexOf(header, "Documents")]);   // six files: the infected one is not counted, the one awaiting its scan is
        Assert.Equal("Entretien n° 1", byNumber["THAMM-2026-000004"][1]);

        // Cells a spreadsheet would run are text: an apostrophe in front.
        var tricky = byNumber["THAMM-2026-000002"];
        Assert.Equal("'-2+3", tricky[Array.IndexOf(header, "Nom")]);
        Assert.Equal("'@SUM(A1)", tricky[Array.IndexOf(header, "Prénom")]);
        Assert.Equal("'=HYPERLINK(\"http://x\")", byNumber["THAMM-2026-000003"][Array.IndexOf(header, "Prénom")]);
        Assert.Equal("'+212612345678", tricky[Array.IndexOf(header, "Téléphone")]);
        Assert.DoesNotContain(rows.SelectMany(r => r), cell => cell.Length > 0 && "=+-@".Contains(cell[0]));

        // The list's filters apply: incomplete files only, oldest first.
        var filtered = ParseCsv(await client.GetByteArrayAsync(Export + "?format=csv&dossier=incomplet&tri=ancien"));
        Assert.Equal(["THAMM-2026-000003", "THAMM-2026-000006"], filtered.Skip(1).Select(r => r[0]));

        // Each application whose data left in a file has its audit line, with who: six in the first file, two more
        // for the filtered one; none for the other offer's application.
        var lines = await site.WithScopeAsync(sp => sp.GetRequiredService<ThammJobsDbContext>().Set<AuditEntry>().AsNoTracking()
            .Where(e => e.Category == "applications" && e.Action == "list-exported").ToListAsync());
        Assert.Equal(8, lines.Count);
        Assert.Equal(2, lines.Count(e => e.SubjectId == "THAMM-2026-000003"));
        Assert.All(lines, e => Assert.False(string.IsNullOrEmpty(e.Actor)));
    }

    [Fact]
    public async Task The_checked_rows_export_alone_and_in_Arabic_the_workbook_is_right_to_left()
    {
        var (site, client, ids) = await SiteAsync();
        using var _ = site;
        var (_, list) = await Html.GetAsync(client, "/ar/admin/candidatures/offre/" + ExportSite.Offer);
        var token = list.QuerySelector("form#bulk input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        Assert.NotNull(list.QuerySelector($"button[formaction$='export?handler=Selection&format=xlsx']"));
        var chosen = new[] { "THAMM-2026-000001", "THAMM-2026-000005" };
        var fields = chosen.Select(n => KeyValuePair.Create("Bulk.Ids", ids[n].ToString("N") + ".1"))
            .Append(KeyValuePair.Create("__RequestVerificationToken", token));
        var response = await client.PostAsync("/ar/admin/candidatures/offre/" + ExportSite.Offer + "/export?handler=Selection&format=xlsx", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);

        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var workbook = SpreadsheetDocument.Open(stream, false);
        // Valid against the Office schema, as Excel will read it.
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(workbook).Select(e => e.Description + " at " + e.Path?.XPath));
        var part = workbook.WorkbookPart!;
        var sheet = part.WorksheetParts.Single().Worksheet;
        var rows = sheet.Descendants<Row>().ToList();
        Assert.Equal(3, rows.Count);   // header and the two checked rows
        string Text(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "";
        Assert.Equal("رقم الترشيح", Text(rows[0].Elements<Cell>().First()));
        Assert.Equal(chosen.Order(), rows.Skip(1).Select(r => Text(r.Elements<Cell>().First())).Order());

        // Mirrored sheet, frozen and bold header, autofilter over the table.
        var view = sheet.Descendants<SheetView>().Single();
        Assert.True(view.RightToLeft?.Value);
        Assert.Equal(PaneStateValues.Frozen, view.Pane!.State!.Value);
        Assert.Equal("A2", view.Pane.TopLeftCell!.Value);
        Assert.Equal("A1:S3", sheet.Descendants<AutoFilter>().Single().Reference!.Value);
        Assert.Contains("سنوات الخبرة المهنية", rows[0].Elements<Cell>().Select(Text));
        var formats = part.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var fonts = part.WorkbookStylesPart.Stylesheet.Fonts!.Elements<Font>().ToList();
        var headerCell = rows[0].Elements<Cell>().First();
        Assert.NotNull(fonts[(int)formats[(int)headerCell.StyleIndex!.Value].FontId!.Value].Bold);

        // An Arabic name is a right-to-left cell; a date is a typed date.
        var salma = rows.Skip(1).Single(r => Text(r.Elements<Cell>().First()) == "THAMM-2026-000001").Elements<Cell>().ToList();
        var arabicName = salma.Single(c => Text(c) == "بناني");
        Assert.Equal(2u, formats[(int)arabicName.StyleIndex!.Value].Alignment!.ReadingOrder!.Value);
        var submitted = salma[2];
        Assert.Null(submitted.InlineString);
        Assert.Equal(ExportSite.Local(ExportSite.Applications[0].SubmittedUtc), DateTime.FromOADate(double.Parse(submitted.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("مقبول", Text(rows.Skip(1).Single(r => Text(r.Elements<Cell>().First()) == "THAMM-2026-000005").Elements<Cell>().ElementAt(1)));

        // Nothing checked: back to the list, nothing exported.
        var none = await client.PostAsync("/ar/admin/candidatures/offre/" + ExportSite.Offer + "/export?handler=Selection&format=csv",
            new FormUrlEncodedContent([KeyValuePair.Create("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, none.StatusCode);
    }

    [Fact]
    public async Task The_documents_zip_has_a_folder_per_application_safe_names_and_a_readme_of_what_was_left_out()
    {
        var (site, client, _) = await SiteAsync();
        using var _ = site;
        var response = await client.GetAsync(Export + "?format=zip");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("THAMM-documents-offre-a-exporter-2026-11-26.zip", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        using var archive = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var names = archive.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal).ToList();
        const string folder = "THAMM-2026-000001 - BENNANI Salma/";
        Assert.Equal(
        [
            "README.txt",
            folder + "Autre document - .._.._etc_passwd",
            folder + "CV - cv (2).pdf",
            folder + "CV - cv.pdf",
            folder + "Lettre de motivation - رسالة التحفيز.pdf",
        ], names);
        Assert.All(archive.Entries, e => Assert.False(e.FullName.StartsWith('/') || e.FullName.Split('/').Contains("..")));
        using (var cv = new StreamReader(archive.GetEntry(folder + "CV - cv.pdf")!.Open()))
        {
            Assert.Equal("%PDF-1.4 cv.pdf", await cv.ReadToEndAsync());
        }

        using var readme = new StreamReader(archive.GetEntry("README.txt")!.Open(), Encoding.UTF8);
        var text = await readme.ReadToEndAsync();
        Assert.Contains(folder + "Diplômes - diplome-en-attente.pdf : en attente d'analyse antivirus", text);
        Assert.Contains(folder + "Pièce d'identité - piece-infectee.pdf : infecté", text);
        Assert.Contains("Documents de 6 candidature(s), 4 fichier(s)", text);
    }

    [Fact]
    public async Task A_recruiter_of_another_offer_and_a_reviewer_of_this_one_export_nothing()
    {
        var (site, _, ids) = await SiteAsync();
        using var _ = site;
        var other = await Staff.CreateAsync(site, StandardRoles.Recruiter, "other-recruiter@thammjobs.test");
        await PipelineSite.AssignAsync(site, other.Id, ExportSite.Other);
        var reviewer = await Staff.CreateAsync(site, StandardRoles.Reviewer);
        await PipelineSite.AssignAsync(site, reviewer.Id, ExportSite.Offer);
        var (otherClient, _) = await Staff.SignInAsync(site, "other-recruiter@thammjobs.test");
        var (reviewerClient, _) = await Staff.SignInAsync(site, "reviewer@thammjobs.test");

        foreach (var client in new[] { otherClient, reviewerClient })
        {
            foreach (var format in new[] { "csv", "xlsx", "zip" })
            {
                var response = await client.GetAsync(Export + "?format=" + format);
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.StartsWith("/fr/admin/acces-refuse", response.Headers.Location!.OriginalString);
            }
        }

        // The reviewer opens the list but is offered neither exports nor the documents ZIP, and a forged post is refused.
        var (_, list) = await Html.GetAsync(reviewerClient, "/fr/admin/candidatures/offre/" + ExportSite.Offer);
        Assert.Null(list.QuerySelector("p.export-links"));
        Assert.Null(list.QuerySelector("button[formaction*='handler=Download']"));
        var token = list.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var forged = await reviewerClient.PostAsync("/fr/admin/candidatures/offre/" + ExportSite.Offer + "?handler=Download",
            new FormUrlEncodedContent([KeyValuePair.Create("Bulk.Ids", ids["THAMM-2026-000001"].ToString("N") + ".4"), KeyValuePair.Create("__RequestVerificationToken", token)]));
        Assert.StartsWith("/fr/admin/acces-refuse", forged.Headers.Location!.OriginalString);
    }
}

public sealed class ExportTestsOnSqlite() : ExportTests(DatabaseKind.Sqlite);

public sealed class ExportTestsOnPostgreSql() : ExportTests(DatabaseKind.PostgreSql);
