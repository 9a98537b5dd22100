using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace ThammJobs.Applications.Services;

/// <summary>
/// The candidate's key to their application, sent by e-mail: the application id and an expiry, encrypted and
/// signed with the site's shared Data Protection keys (so any node reads it). The expiry is checked against the
/// injected clock; a lost or expired link is replaced by asking for a new one by e-mail.
/// </summary>
public sealed class StatusLinks(IDataProtectionProvider protection, TimeProvider clock, IOptions<ApplicationOptions> options)
{
    private readonly IDataProtector protector = protection.CreateProtector("ThammJobs.Applications.StatusLink.v1");

    public string CreateToken(Guid applicationId)
    {
        var expires = clock.GetUtcNow().AddDays(options.Value.StatusLinkDays).ToUnixTimeSeconds();
        var payload = Encoding.UTF8.GetBytes($"{applicationId:N}.{expires.ToString(CultureInfo.InvariantCulture)}");
        return WebEncoders.Base64UrlEncode(protector.Protect(payload));
    }

    public static string Path(string culture, string token) => $"/{culture}/candidature/{token}";

    public StatusLinkCheck Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1000)
        {
            return new StatusLinkCheck(StatusLinkState.Invalid, Guid.Empty);
        }

        string text;
        try
        {
            text = Encoding.UTF8.GetString(protector.Unprotect(WebEncoders.Base64UrlDecode(token)));
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return new StatusLinkCheck(StatusLinkState.Invalid, Guid.Empty);
        }

        var parts = text.Split('.');
        if (parts.Length != 2 || !Guid.TryParseExact(parts[0], "N", out var id) ||
            !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
        {
            return new StatusLinkCheck(StatusLinkState.Invalid, Guid.Empty);
        }

        return clock.GetUtcNow().ToUnixTimeSeconds() > expires
            ? new StatusLinkCheck(StatusLinkState.Expired, id)
            : new StatusLinkCheck(StatusLinkState.Valid, id);
    }
}

public enum StatusLinkState
{
    Valid,
    Expired,
    Invalid,
}

public sealed record StatusLinkCheck(StatusLinkState State, Guid ApplicationId);
