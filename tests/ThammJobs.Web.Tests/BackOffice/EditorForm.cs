using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ThammJobs.Web.Tests.Public;

namespace ThammJobs.Web.Tests.BackOffice;

/// <summary>
/// The content editor's form driven as a browser without JavaScript would: every field's current value, some
/// changed, sent with one of the form's buttons.
/// </summary>
internal sealed class EditorForm
{
    private readonly List<KeyValuePair<string, string>> fields = [];

    private EditorForm(IDocument page, string url)
    {
        Page = page;
        Url = url;
        var form = page.QuerySelector("form#editor") ?? throw new InvalidOperationException("no editor form on " + url);
        foreach (var element in form.QuerySelectorAll("input, textarea, select"))
        {
            var name = element.GetAttribute("name");
            if (name is null)
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box:
                    if (box.IsChecked)
                    {
                        fields.Add(new(name, box.Value));
                    }

                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select:
                    fields.Add(new(name, select.SelectedOptions.FirstOrDefault()?.Value ?? select.Options.FirstOrDefault()?.Value ?? ""));
                    break;
            }
        }
    }

    public IDocument Page { get; }

    public string Url { get; }

    public static async Task<EditorForm> OpenAsync(HttpClient client, string url)
    {
        var (response, page) = await Html.GetAsync(client, url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new EditorForm(page, url);
    }

    /// <summary>Follows "new" to the editor of a fresh set.</summary>
    public static async Task<EditorForm> NewAsync(HttpClient client, string culture, string type)
    {
        var response = await client.GetAsync($"/{culture}/admin/contenus/nouveau?type={type}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await OpenAsync(client, response.Headers.Location!.OriginalString);
    }

    public string Value(string name) => fields.FirstOrDefault(f => f.Key == name).Value ?? "";

    public EditorForm Set(string name, string value)
    {
        fields.RemoveAll(f => f.Key == name);
        fields.Add(new(name, value));
        return this;
    }

    public EditorForm Check(string name, params string[] values)
    {
        fields.RemoveAll(f => f.Key == name);
        fields.AddRange(values.Select(v => new KeyValuePair<string, string>(name, v)));
        return this;
    }

    /// <summary>Posts with the button whose formaction names <paramref name="handler"/> (and its name/value if any).</summary>
    public async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string handler, string? buttonName = null, string? buttonValue = null)
    {
        var button = Page.QuerySelectorAll("form#editor button[formaction]")
            .FirstOrDefault(b => b.GetAttribute("formaction")!.Contains("handler=" + handler, StringComparison.Ordinal)
                && (buttonName is null || (b.GetAttribute("name") == buttonName && b.GetAttribute("value") == buttonValue)))
            ?? throw new InvalidOperationException($"no {handler} button");
        var body = fields.ToList();
        if (buttonName is not null)
        {
            body.Add(new(buttonName, buttonValue!));
        }

        return await client.PostAsync(button.GetAttribute("formaction"), new FormUrlEncodedContent(body));
    }

    /// <summary>Posts the fields to a handler whether or not the page shows its button (what a hand-made request can do).</summary>
    public async Task<HttpResponseMessage> PostToHandlerAsync(HttpClient client, string handler) =>
        await client.PostAsync(Url + (Url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=" + handler, new FormUrlEncodedContent(fields));

    /// <summary>Submits and reads the page that answers (the form again, with its messages).</summary>
    public async Task<EditorForm> SubmitExpectingFormAsync(HttpClient client, string handler, string? buttonName = null, string? buttonValue = null)
    {
        var response = await SubmitAsync(client, handler, buttonName, buttonValue);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new EditorForm(Html.Parse(await response.Content.ReadAsStringAsync()), Url);
    }

    /// <summary>Submits, expects the redirect back to the editor, and opens it.</summary>
    public async Task<EditorForm> SubmitExpectingSavedAsync(HttpClient client, string handler)
    {
        var response = await SubmitAsync(client, handler);
        var body = response.StatusCode == HttpStatusCode.OK ? Html.VisibleText(Html.Parse(await response.Content.ReadAsStringAsync())) : "";
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"expected a redirect, got {(int)response.StatusCode}: {Errors(body)}");
        return await OpenAsync(client, response.Headers.Location!.OriginalString);
    }

    public string? ErrorFor(string fieldId) => Page.QuerySelector("#err-" + fieldId)?.TextContent.Trim();

    public IReadOnlyList<string> SummaryItems => Page.QuerySelectorAll(".error-summary li").Select(li => li.TextContent.Trim()).ToList();

    private static string Errors(string text)
    {
        var start = text.IndexOf("Rien n'a été enregistré", StringComparison.Ordinal);
        return start < 0 ? "" : text[start..Math.Min(text.Length, start + 1500)];
    }
}
