using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ThammJobs.Users.Pages.Admin;

/// <summary>Where a signed-in person lands when a page needs a permission they do not hold.</summary>
[AllowAnonymous]
public sealed class AccessDeniedModel : PageModel
{
    public void OnGet()
    {
        ViewData["NoIndex"] = true;
        Response.StatusCode = StatusCodes.Status403Forbidden;
    }
}
