using ThammJobs.Testing.Files;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using ThammJobs.Web.Tests.Public;

namespace ThammJobs.Web.Tests.Applications;

/// <summary>A candidate's browser without JavaScript: opens the form, fills it, sends it with files as multipart.</summary>
internal sealed class ApplyClient(HttpClient client, string culture = "fr", string slug = ApplyClient.SeedSlug)
{
    public const string SeedSlug = "expert-migration-nationale-thamm-equipe-france";

    public string FormUrl => $"/{culture}/offres/{slug}/postuler";

    /// <summary>The hidden fields of the last page shown (antiforgery token, submission key, draft token).</summary>
    public Dictionary<string, string> Hidden { get; } = new(StringComparer.Ordinal);

    public IDocument? Page { get; private set; }

    public static Dictionary<string, string> ValidFields(string email = "salma.bennani@example.ma") => new()
    {
        ["Input.GivenName"] = "Salma",
        ["Input.FamilyName"] = "Bennani",
        ["Input.GivenNameArabic"] = "سلمى",
        ["Input.FamilyNameArabic"] = "بناني",
        ["Input.Nationality"] = "MA",
        ["Input.Email"] = email,
        ["Input.EmailConfirmation"] = email,
        ["Input.CountryOfResidence"] = "MA",
        ["Input.Phone"] = "06 12 34 56 78",
        ["Input.ExperienceYears"] = "9",
        ["Input.FrenchLevel"] = "C1",
        ["Input.ArabicLevel"] = "Native",
        ["Input.Message"] = "Disponible dès avril.",
        ["Input.Consent"] = "true",
        ["Input.References[0].FullName"] = "Karim Alaoui",
        ["Input.References[0].Organisation"] = "ANAPEC",
        ["Input.References[0].Relationship"] = "Ancien directeur",
        ["Input.References[0].Email"] = "k.alaoui@example.ma",
        ["Input.References[0].Phone"] = "+212 5 37 00 00 00",
        ["Input.References[1].FullName"] = "Claire Martin",
        ["Input.References[1].Organisation"] = "France Travail",
        ["Input.References[1].Relationship"] = "Cheffe de projet",
        ["Input.References[1].Email"] = "claire.martin@example.fr",
        ["Input.References[1].Phone"] = "+33 6 12 34 56 78",
        ["Input.References[2].FullName"] = "Youssef Idrissi",
        ["Input.References[2].Organisation"] = "OFPPT",
        ["Input.References[2].Relationship"] = "Collègue",
        ["Input.References[2].Email"] = "y.idrissi@example.ma",
        ["Input.References[2].Phone"] = "0661234567",
    };

    /// <summary>CV, cover letter and one diploma scan: the three required documents of the seed posting.</summary>
    public static List<UploadFile> RequiredFiles() =>
    [
        new("file-0", "CV Salma Bennani.pdf", PdfFixtures.Valid(40_000)),
        new("file-1", "رسالة التحفيز.docx", OfficeFixtures.Docx(30_000)),
        new("file-2", "diplome-master.jpg", ImageFixtures.Jpeg(800, 600)),
    ];

    public async Task<HttpResponseMessage> OpenAsync()
    {
        var response = await client.GetAsync(FormUrl);
        await ReadPageAsync(response);
        return response;
    }

    /// <summary>Posts the form with the hidden fields of the last page, <paramref name="fields"/> and <paramref name="files"/>.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(Dictionary<string, string> fields, IEnumerable<UploadFile>? files = null, IEnumerable<(string Name, string Value)>? extra = null)
    {
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in Hidden.Concat(fields))
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (name, value) in extra ?? [])
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var file in files ?? [])
        {
            var part = new ByteArrayContent(file.Content);
            part.Headers.ContentType = new MediaTypeHeaderValue(file.DeclaredType);
            content.Add(part, file.Field, file.Name);
        }

        var response = await client.PostAsync(FormUrl, content);
        if (response.StatusCode == System.Net.HttpStatusCode.OK)
        {
            await ReadPageAsync(response);
        }

        return response;
    }

    public string Text => Page is null ? "" : Html.VisibleText(Page);

    private async Task ReadPageAsync(HttpResponseMessage response)
    {
        Page = Html.Parse(await response.Content.ReadAsStringAsync());
        Hidden.Clear();
        foreach (var input in Page.QuerySelectorAll("form.apply-form input[type=hidden]"))
        {
            Hidden[input.GetAttribute("name")!] = input.GetAttribute("value") ?? "";
        }
    }
}

internal sealed record UploadFile(string Field, string Name, byte[] Content, string DeclaredType = "application/octet-stream");
