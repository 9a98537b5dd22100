using System.Text;
using QRCoder;

namespace ThammJobs.Users.TwoFactor;

/// <summary>
/// What an authenticator app needs: the shared key (shown in groups of four, as apps expect it typed) and the
/// <c>otpauth://</c> link drawn as a QR code in SVG, inlined in the page: no image request, no JavaScript.
/// </summary>
public static class AuthenticatorSetup
{
    public const string Issuer = "ThammJobs";

    public static string Readable(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd().ToLowerInvariant();
    }

    public static string Uri(string email, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer + ":" + email)}?secret={key}&issuer={Issuer}&digits=6";

    public static string QrSvg(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4);
    }

    /// <summary>Spaces and hyphens typed with a code are dropped (apps show <c>123 456</c>).</summary>
    public static string Normalize(string? code) => (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim();
}
