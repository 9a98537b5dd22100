using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ThammJobs.Testing;
using ThammJobs.Testing.Files;

namespace ThammJobs.Web.Tests.Applications;

/// <summary>
/// Body limits on real Kestrel (the in-memory test server enforces none): an application may exceed Kestrel's
/// 30 MB default up to its own allowance, and a bigger request gets the readable 413 page, not a reset or a 400.
/// </summary>
public sealed class KestrelLimitsTests
{
    [Fact]
    public async Task On_real_Kestrel_36_MB_of_files_are_accepted_and_50_MB_get_the_readable_413_page()
    {
        using var site = new SiteFactory(now: ApplyFlowTests.BeforeDeadline);
        site.UseKestrel(0);
        site.StartServer();
        var baseAddress = site.CreateClient().BaseAddress!;
        using var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = baseAddress });
        client.Timeout = TimeSpan.FromMinutes(2);
        var fields = ApplyClient.ValidFields();
        fields["Input.Consent"] = "false";

        var candidate = new ApplyClient(client);
        await candidate.OpenAsync();
        var nine = PdfFixtures.Valid(9_000_000);
        var accepted = await candidate.SubmitAsync(fields,
        [
            new UploadFile("file-0", "cv.pdf", nine), new UploadFile("file-1", "lettre.pdf", nine),
            new UploadFile("file-2", "master.pdf", nine), new UploadFile("file-2", "licence.pdf", nine),
        ]);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(4, candidate.Page!.QuerySelectorAll(".accepted li").Length);

        var other = new ApplyClient(client, "ar");
        await other.OpenAsync();
        var tooLarge = await other.SubmitAsync(fields, [new UploadFile("file-0", "cv.pdf", new byte[50_000_000])]);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Contains("الإرسال كبير الحجم", await tooLarge.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Kestrel_and_the_socket_transport_read_at_most_64_KB_ahead_of_the_application_per_connection()
    {
        // 1 MB (each default) per connection pinned 36–46 MB under 50 concurrent uploads (docs/benchmarks.md). Plain
        // HTTP/1.1 is read from the socket transport's pipe, so its limit is the one that bounds uploads; Kestrel's
        // own limit sizes the pipe of connection middleware (TLS, HTTP/2).
        using var site = new SiteFactory(now: ApplyFlowTests.BeforeDeadline);

        var limits = site.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits;
        var transport = site.Services.GetRequiredService<IOptions<SocketTransportOptions>>().Value;

        Assert.Equal(64 * 1024, limits.MaxRequestBufferSize);
        Assert.Equal(64 * 1024, transport.MaxReadBufferSize);
    }
}
