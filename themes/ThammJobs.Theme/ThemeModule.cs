using Microsoft.AspNetCore.Builder;

namespace ThammJobs.Theme;

public static class ThemeModule
{
    /// <summary>Errors and empty statuses are shown by the theme's status page, in the URL's language.</summary>
    public static IApplicationBuilder UseThemeErrorPages(this IApplicationBuilder app)
    {
        app.UseExceptionHandler("/status/500");
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        return app;
    }
}
