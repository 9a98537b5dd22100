using Microsoft.AspNetCore.Http;
using ThammJobs.Core.Caching;

namespace ThammJobs.Web.Tests.Caching;

/// <summary>The rules of <see cref="PublicPagePolicy"/> on their own, including responses no public page produces today.</summary>
public sealed class PublicPagePolicyTests
{
    [Theory]
    [InlineData("GET", "/fr/offres/expert", "", true)]
    [InlineData("HEAD", "/ar", "", true)]
    [InlineData("GET", "/api/search", "?q=migration&culture=ar", true)]
    [InlineData("POST", "/fr/offres/expert", "", false)]
    [InlineData("GET", "/fr/offres/expert/postuler", "", false)]
    [InlineData("GET", "/fr/candidature/abc", "", false)]
    [InlineData("GET", "/fr/admin/contenus", "", false)]
    [InlineData("GET", "/health/live", "", false)]
    [InlineData("GET", "/metrics", "", false)]
    [InlineData("GET", "/fr/offres", "?q=a&q=b", false)]
    public void Requests(string method, string path, string query, bool cacheable)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Path = path;
        context.Request.QueryString = new QueryString(query);
        Assert.Equal(cacheable, PublicPagePolicy.IsCacheable(context.Request));
    }

    [Theory]
    [InlineData("Cookie", "theme=dark")]
    [InlineData("Cookie", ".ThammJobs.Staff=x")]
    [InlineData("Authorization", "Basic eDp5")]
    public void Requests_with_credentials_or_cookies_are_not_cacheable(string header, string value)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "GET";
        context.Request.Path = "/fr";
        context.Request.Headers[header] = value;
        Assert.False(PublicPagePolicy.IsCacheable(context.Request));
    }

    [Theory]
    [InlineData(200, null, null, true)]
    [InlineData(200, ".AspNetCore.Antiforgery.x=y; path=/", null, false)]
    [InlineData(200, null, "no-cache, no-store", false)]
    [InlineData(200, null, "private", false)]
    [InlineData(404, null, null, false)]
    [InlineData(302, null, null, false)]
    [InlineData(500, null, null, false)]
    public void Responses(int status, string? setCookie, string? cacheControl, bool storable)
    {
        var context = new DefaultHttpContext();
        context.Response.StatusCode = status;
        if (setCookie is not null)
        {
            context.Response.Headers.SetCookie = setCookie;
        }

        if (cacheControl is not null)
        {
            context.Response.Headers.CacheControl = cacheControl;
        }

        Assert.Equal(storable, PublicPagePolicy.IsStorable(context.Response));
    }
}
