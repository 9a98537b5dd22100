using ThammJobs.Content.Services;
using ThammJobs.Core.Security;

namespace ThammJobs.Content;

internal sealed class ContentMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> Items =>
    [
        new("Contenus", "المحتويات", ContentAdminUrls.Index, Permissions.EditContent, 10),
        new("Médiathèque", "مكتبة الوسائط", Media.MediaUrls.Library, Permissions.ManageMedia, 15),
        new("Export (recette)", "التصدير (وصفة)", ContentAdminUrls.RecipeExport, Permissions.ExportRecipes, 80),
    ];
}
