using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ThammJobs.Content.Models;
using ThammJobs.Content.Services;
using ThammJobs.Core.Data;
using ThammJobs.Core.Localization;

namespace ThammJobs.Content.Editing;

public enum EditorAction
{
    SaveDraft,
    Publish,
}

/// <summary>
/// Loads a translation set for the editor and stores what the editor sends: both languages checked, then saved
/// together in one transaction through <see cref="ContentManager"/>, or nothing at all. Publishing checks every
/// language to be published at the complete level; the others are saved as drafts.
/// </summary>
public sealed class ContentEditor(ThammJobsDbContext db, ContentManager manager, TranslationStatus translation, TimeProvider clock, IStringLocalizer<ContentStrings> t)
{
    /// <summary>Key of messages about a whole language (a missing translation), not one field.</summary>
    public static string LanguageKey(string culture) => "lang:" + culture;

    public const string FormKey = "form";

    public async Task<EditedSet?> LoadAsync(string translationSet, CancellationToken cancellationToken)
    {
        var versions = await db.Set<ContentItemVersion>().AsNoTracking()
            .Where(v => v.TranslationSet == translationSet && (v.Latest || v.Published))
            .ToListAsync(cancellationToken);
        if (versions.Count == 0)
        {
            return null;
        }

        var set = new EditedSet(translationSet, versions[0].ContentType);
        foreach (var version in versions.Where(v => SiteCultures.IsSupported(v.Culture)))
        {
            if (version.Latest)
            {
                set.Latest[version.Culture] = version;
            }

            if (version.Published)
            {
                set.Published[version.Culture] = version;
            }
        }

        set.Translation = await translation.ForSetAsync(translationSet, cancellationToken);
        return set;
    }

    /// <summary>The form as stored: the latest version of each language, shared fields from the French if there is one.</summary>
    public static ContentForm FormFor(EditedSet set)
    {
        var form = new ContentForm();
        foreach (var culture in SiteCultures.All.Reverse())
        {
            if (set.Latest.TryGetValue(culture, out var version))
            {
                ContentFormMapper.Write(ContentJson.Deserialize(set.ContentType, version.Data), culture, form);
                form.Set(culture, "slug", version.Slug);
            }
        }

        return form;
    }

    /// <summary>Checks and saves. Returns the messages by form key (<c>fr:title</c>, <c>shared:deadline.local</c>); empty when saved.</summary>
    public async Task<Dictionary<string, string>> SubmitAsync(EditedSet set, ContentForm form, EditorAction action, string? onlyCulture, string? author, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var drafts = new Dictionary<string, ContentDraft>(StringComparer.Ordinal);
        var present = SiteCultures.All.Where(c => set.Latest.ContainsKey(c) || form.AnyTyped(c)).ToList();
        if (present.Count == 0)
        {
            errors[FormKey] = t["Editor.Error.Empty"];
            return errors;
        }

        var toPublish = action != EditorAction.Publish ? []
            : SiteCultures.IsSupported(onlyCulture) ? [onlyCulture!]
            : SiteCultures.All.ToList();
        foreach (var culture in toPublish.Where(c => !present.Contains(c)))
        {
            errors[LanguageKey(culture)] = t["Editor.Error.LanguageMissing", t["Editor.Language." + culture]];
        }

        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var culture in present)
        {
            var content = ContentFormMapper.Read(set.ContentType, form, culture, (path, code) => Add(errors, set, form, culture, path, code, []));
            var level = toPublish.Contains(culture) ? ValidationLevel.Publish : ValidationLevel.Draft;
            foreach (var problem in ContentValidator.Check(content, level))
            {
                Add(errors, set, form, culture, problem.Field, problem.Code, problem.Args);
            }

            if (level == ValidationLevel.Publish && content is JobOffer offer
                && ContentValidator.CheckDeadlineForPublishing(offer, clock.GetUtcNow(), set.Published.GetValueOrDefault(culture)?.DeadlineUtc) is { } late)
            {
                Add(errors, set, form, culture, late.Field, late.Code, late.Args);
            }

            var slug = SlugFor(form, culture, content, slugs);
            if (!SlugText.IsValid(slug))
            {
                errors[ContentForm.Key(culture, "slug")] = t["Editor.Error.Slug"];
            }
            else if (await SlugTakenAsync(set, culture, slug, cancellationToken))
            {
                errors[ContentForm.Key(culture, "slug")] = t["Editor.Error.SlugTaken", slug];
            }

            slugs[culture] = slug;
            drafts[culture] = new ContentDraft(set.ItemId(culture), set.ContentType, culture, set.TranslationSet, slug, content);
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var (culture, draft) in drafts)
        {
            await StoreAsync(set, draft, toPublish.Contains(culture), author, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return errors;
    }

    private async Task StoreAsync(EditedSet set, ContentDraft draft, bool publish, string? author, CancellationToken cancellationToken)
    {
        var latest = set.Latest.GetValueOrDefault(draft.Culture);
        var unchanged = latest is not null && latest.Slug == draft.Slug && latest.Data == ContentJson.Serialize(draft.Content);
        if (unchanged && publish)
        {
            // Publishing what is already the latest version: no new version, just the flag.
            await manager.PublishLatestAsync(draft.ContentItemId, cancellationToken);
        }
        else if (!unchanged)
        {
            await manager.SaveAsync(draft, publish, author, cancellationToken: cancellationToken);
        }
    }

    /// <summary>
    /// The slug typed, else: the French one made from its title, the Arabic one the same as the French (as the
    /// seeded content does; an Arabic title gives few Latin letters, if any).
    /// </summary>
    private static string SlugFor(ContentForm form, string culture, IContent content, Dictionary<string, string> others)
    {
        var typed = form.Get(culture, "slug").Trim();
        if (typed.Length > 0)
        {
            return typed;
        }

        var made = culture != SiteCultures.French && others.Values.FirstOrDefault() is { } french ? french : SlugText.From(content.Title);
        if (made.Length == 0)
        {
            made = SlugText.From(form.Get(SiteCultures.Other(culture), "title"));
        }

        if (made.Length > 0)
        {
            form.Set(culture, "slug", made);
        }

        return made;
    }

    private Task<bool> SlugTakenAsync(EditedSet set, string culture, string slug, CancellationToken cancellationToken) =>
        db.Set<ContentItemVersion>().AsNoTracking().AnyAsync(
            v => (v.Latest || v.Published) && v.ContentType == set.ContentType && v.Culture == culture && v.Slug == slug && v.TranslationSet != set.TranslationSet,
            cancellationToken);

    private void Add(Dictionary<string, string> errors, EditedSet set, ContentForm form, string culture, string path, string code, object[] args)
    {
        var scope = SharedFields.IsShared(set.ContentType, path) ? ContentForm.SharedScope : culture;
        var key = ContentForm.Key(scope, form.FormPath(scope, path));
        if (!errors.ContainsKey(key))
        {
            var message = t["Editor.Error." + code, args];
            errors[key] = message.ResourceNotFound ? t["Editor.Error.Invalid"] : message;
        }
    }
}
