using ThammJobs.Core.Security;

namespace ThammJobs.Content;

/// <summary>Permissions of the content module (the back-office editing pages require them).</summary>
public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission EditContent = new("Content.Edit", "Rédiger et traduire les contenus", "تحرير المحتويات وترجمتها");
    public static readonly Permission PublishContent = new("Content.Publish", "Publier, planifier et retirer les contenus", "نشر المحتويات وبرمجتها وسحبها");
    public static readonly Permission ManageMedia = new("Media.Manage", "Gérer la médiathèque", "تدبير مكتبة الوسائط");
    public static readonly Permission ExportRecipes = new("Recipes.Export", "Exporter le contenu (recette)", "تصدير المحتوى (وصفة)");

    public IEnumerable<Permission> Declared => [EditContent, PublishContent, ManageMedia, ExportRecipes];

    public IEnumerable<(string Role, Permission Permission)> Defaults =>
    [
        (StandardRoles.Editor, EditContent),
        (StandardRoles.Editor, PublishContent),
        (StandardRoles.Editor, ManageMedia),
        (StandardRoles.Editor, ExportRecipes),
    ];
}
