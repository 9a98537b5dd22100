using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace ThammJobs.Content.Services;

/// <summary>
/// Private links to the latest version of a content item, published or not, that an editor can send to a
/// colleague without an account: the item id and an expiry, encrypted and signed with the site's shared Data
/// Protection keys (any node reads them; nobody can forge or alter one). The expiry is checked against the
/// injected clock. The link shows the item's latest version at the time it is opened.
/// </summary>
public sealed class PreviewLinks(IDataProtectionProvider protection, TimeProvider clock, IOptions<ContentOptions> options)
{
    private readonly IDataProtector protector = protection.CreateProtector("ThammJobs.Content.PreviewLink.v1");

    public DateTimeOffset ExpiresFromNow => clock.GetUtcNow().AddDays(options.Value.PreviewLinkDays);

    public string CreatePath(string contentItemId, string culture)
    {
        var expires = ExpiresFromNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var token = WebEncoders.Base64UrlEncode(protector.Protect(Encoding.UTF8.GetBytes(contentItemId + "\n" + expires)));
        return ContentUrls.Preview(culture, token);
    }

    public PreviewLinkCheck Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2000)
        {
            return new PreviewLinkCheck(PreviewLinkState.Invalid, "", default);
        }

        string text;
        try
        {
            text = Encoding.UTF8.GetString(protector.Unprotect(WebEncoders.Base64UrlDecode(token)));
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return new PreviewLinkCheck(PreviewLinkState.Invalid, "", default);
        }

        var parts = text.Split('\n');
        if (parts.Length != 2 || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return new PreviewLinkCheck(PreviewLinkState.Invalid, "", default);
        }

        var expires = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return new PreviewLinkCheck(clock.GetUtcNow() > expires ? PreviewLinkState.Expired : PreviewLinkState.Valid, parts[0], expires);
    }
}

public enum PreviewLinkState
{
    Valid,
    Expired,
    Invalid,
}

public sealed record PreviewLinkCheck(PreviewLinkState State, string ContentItemId, DateTimeOffset Expires);
