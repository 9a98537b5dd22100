using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ThammJobs.Uploads;

namespace ThammJobs.Bench.Uploads;

/// <summary>One file input of the form: its field name, its label, whether it is required.</summary>
internal sealed record FileField(string Name, string Label, bool Required, bool Multiple);

/// <summary>
/// The application form as the site renders it, read once from the first GET: the text fields, selects and check
/// boxes it has, and its file inputs in order. <see cref="Fill"/> gives each candidate a value for every field the
/// page asks for (so an offer asking for 2 references gets 2), and fails loudly on a required field it does not know.
/// </summary>
internal sealed class ApplyForm
{
    private static readonly HtmlParser Parser = new();

    private readonly List<string> textFields = [];
    private readonly Dictionary<string, string> firstOptions = new(StringComparer.Ordinal);
    private readonly List<string> checkboxes = [];

    private ApplyForm(string url) => Url = url;

    public string Url { get; }

    public List<FileField> Files { get; } = [];

    public int References { get; private set; }

    /// <summary>The fields a candidate fills (not the hidden ones).</summary>
    public int FieldCount => textFields.Count + firstOptions.Count + checkboxes.Count;

    public static ApplyForm Read(string url, string html)
    {
        using var document = Parser.ParseDocument(html);
        var form = document.QuerySelector("form.apply-form")
            ?? throw new InvalidOperationException($"{url}: no application form on the page (is the offer closed?).");
        var result = new ApplyForm(url);
        foreach (var input in form.QuerySelectorAll("input, textarea"))
        {
            var name = input.GetAttribute("name");
            var type = input.LocalName == "textarea" ? "textarea" : (input.GetAttribute("type") ?? "text").ToLowerInvariant();
            if (name is null || type == "hidden")
            {
                continue;
            }

            switch (type)
            {
                case "file":
                    var label = form.QuerySelector($"label[for='{input.Id}']")?.TextContent ?? name;
                    var required = label.Length > 0 && form.QuerySelector($"label[for='{input.Id}'] .optional") is null;
                    result.Files.Add(new FileField(name, Normalize(label), required, input.HasAttribute("multiple")));
                    break;
                case "checkbox":
                    result.checkboxes.Add(name);
                    break;
                default:
                    result.textFields.Add(name);
                    break;
            }
        }

        foreach (var select in form.QuerySelectorAll("select"))
        {
            var first = select.QuerySelectorAll("option").Select(o => o.GetAttribute("value")).FirstOrDefault(v => !string.IsNullOrEmpty(v));
            result.firstOptions[select.GetAttribute("name")!] = first ?? "";
        }

        result.References = result.textFields.Count(f => f.EndsWith(".FullName", StringComparison.Ordinal) && f.StartsWith("Input.References[", StringComparison.Ordinal));
        return result;
    }

    /// <summary>The hidden fields of a page (antiforgery token, submission key, draft token).</summary>
    public static Dictionary<string, string> Hidden(string html)
    {
        using var document = Parser.ParseDocument(html);
        var hidden = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in document.QuerySelectorAll("form.apply-form input[type=hidden]"))
        {
            hidden[input.GetAttribute("name")!] = input.GetAttribute("value") ?? "";
        }

        return hidden;
    }

    /// <summary>The error summary and refused files of a page the site sent back instead of redirecting.</summary>
    public static string Errors(string html)
    {
        using var document = Parser.ParseDocument(html);
        var parts = document.QuerySelectorAll(".error-summary li, ul.refused li, .notice h2")
            .Select(e => Normalize(e.TextContent))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return parts.Count == 0 ? "(no error message on the page)" : string.Join(" | ", parts);
    }

    /// <summary>A valid value for every field of the form, for candidate number <paramref name="n"/> with <paramref name="email"/>.</summary>
    public List<KeyValuePair<string, string>> Fill(int n, string email)
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Input.GivenName"] = GivenNames[n % GivenNames.Length],
            ["Input.FamilyName"] = FamilyNames[n / GivenNames.Length % FamilyNames.Length],
            ["Input.GivenNameArabic"] = "سلمى",
            ["Input.FamilyNameArabic"] = "بناني",
            ["Input.Nationality"] = "MA",
            ["Input.Email"] = email,
            ["Input.EmailConfirmation"] = email,
            ["Input.CountryOfResidence"] = "MA",
            ["Input.Phone"] = $"06 12 {n / 10000 % 100:00} {n / 100 % 100:00} {n % 100:00}",
            ["Input.ExperienceYears"] = "9",
            ["Input.FrenchLevel"] = "C1",
            ["Input.ArabicLevel"] = "Native",
            ["Input.Message"] = "Candidature envoyée par le banc d'essai des téléversements.",
            ["Input.Consent"] = "true",
        };
        for (var i = 0; i < References; i++)
        {
            var prefix = $"Input.References[{i}].";
            known[prefix + "FullName"] = $"Référence {i + 1} {FamilyNames[(n + i) % FamilyNames.Length]}";
            known[prefix + "Organisation"] = Organisations[i % Organisations.Length];
            known[prefix + "Relationship"] = "Ancien responsable";
            known[prefix + "Email"] = $"reference{i + 1}.{n}@example.ma";
            known[prefix + "Phone"] = $"+212 5 37 00 {i:00} {n % 100:00}";
        }

        var fields = new List<KeyValuePair<string, string>>();
        foreach (var name in textFields)
        {
            fields.Add(new(name, known.TryGetValue(name, out var value) ? value : throw new InvalidOperationException($"The form has a field {name} the benchmark does not know how to fill.")));
        }

        foreach (var (name, first) in firstOptions)
        {
            fields.Add(new(name, known.GetValueOrDefault(name, first)));
        }

        // Consent is required; the talent pool and the removal boxes of a draft are left unticked.
        foreach (var name in checkboxes.Where(c => c == "Input.Consent"))
        {
            fields.Add(new(name, known[name]));
        }

        return fields;
    }

    /// <summary>
    /// Which generated file goes in which file input: by the input's label (CV → PDF, letter → DOCX, diploma → JPEG),
    /// so the benchmark follows the offer's own list. Optional inputs it cannot place are left empty.
    /// </summary>
    public List<(FileField Field, FileType Type)> FilePlan()
    {
        var plan = new List<(FileField, FileType)>();
        foreach (var field in Files)
        {
            var label = field.Label.ToLowerInvariant();
            FileType? type = label.Contains("cv", StringComparison.Ordinal) ? FileType.Pdf
                : label.Contains("lettre", StringComparison.Ordinal) ? FileType.Docx
                : label.Contains("diplôme", StringComparison.Ordinal) ? FileType.Jpeg
                : null;
            if (type is null)
            {
                if (field.Required)
                {
                    throw new InvalidOperationException($"Required document \"{field.Label}\" ({field.Name}): the benchmark does not know which file to send.");
                }

                continue;
            }

            plan.Add((field, type.Value));
        }

        return plan;
    }

    public static MultipartFormDataContent Multipart(
        IEnumerable<KeyValuePair<string, string>> hidden, IEnumerable<KeyValuePair<string, string>> fields, IEnumerable<(string Field, PoolFile File)> files)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in hidden.Concat(fields))
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (field, file) in files)
        {
            // ByteArrayContent does not copy: every candidate sending the same pool file shares its bytes.
            var part = new ByteArrayContent(file.Content);
            part.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);
            content.Add(part, field, file.Name);
        }

        return content;
    }

    /// <summary>The antiforgery cookie (and any other) of a response, as a Cookie request header.</summary>
    public static string Cookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values)
            ? string.Join("; ", values.Select(v => v.Split(';', 2)[0]))
            : "";

    public static bool IsSuccess(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect
        && response.Headers.Location is { } location
        && location.OriginalString.Contains("/candidature/", StringComparison.Ordinal)
        && location.OriginalString.EndsWith("?envoyee=1", StringComparison.Ordinal);

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static readonly string[] GivenNames = ["Salma", "Youssef", "Khadija", "Mehdi", "Imane", "Omar", "Nadia", "Hamza", "Fatima Zahra", "Anas"];
    private static readonly string[] FamilyNames = ["Bennani", "Alaoui", "El Idrissi", "Tazi", "Berrada", "Chraibi", "Ouazzani", "Lahlou", "Fassi", "Amrani", "Benjelloun"];
    private static readonly string[] Organisations = ["ANAPEC", "OFPPT", "France Travail"];
}
