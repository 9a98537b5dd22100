using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ThammJobs.Core.Localization;

/// <summary>Route constraint <c>{culture:culture}</c>: only the site's two languages match.</summary>
public sealed class CultureRouteConstraint : IRouteConstraint
{
    public const string Name = "culture";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && SiteCultures.IsSupported(value as string);
}
