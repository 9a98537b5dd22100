using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.WebEncoders;
using Microsoft.Extensions.DependencyInjection;

namespace ThammJobs.Core.Localization;

/// <summary>Cultures in the route, resources in each module's Resources folder, <c>/</c> by Accept-Language.</summary>
public static class SiteLocalization
{
    public static IServiceCollection AddSiteLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");

        // Razor would otherwise write every Arabic letter as a numeric entity, tripling page weight.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RouteOptions>(options => options.ConstraintMap[CultureRouteConstraint.Name] = typeof(CultureRouteConstraint));
        services.AddScoped<LanguageAlternates>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = SiteCultures.All.Select(c => SiteCultures.Formatting(c)).ToList();
            options.DefaultRequestCulture = new RequestCulture(SiteCultures.Formatting(SiteCultures.Default));
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders = [new PathCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        return services;
    }

    public static IEndpointRouteBuilder MapLanguageRedirect(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", LanguageRedirect.Redirect);
        return endpoints;
    }
}
