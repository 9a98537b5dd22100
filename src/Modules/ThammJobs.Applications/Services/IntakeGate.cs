using Microsoft.Extensions.Options;
using ThammJobs.Uploads;

namespace ThammJobs.Applications.Services;

/// <summary>
/// How many files this process takes through inspection, antivirus and re-encoding at once
/// (<see cref="UploadOptions.MaxConcurrentFiles"/>): 50 candidates sending at once queue here instead of each
/// holding a decoded file in memory. Uploads themselves are already on disk (ASP.NET buffers them there).
/// </summary>
public sealed class IntakeGate(IOptions<UploadOptions> options) : IDisposable
{
    private readonly SemaphoreSlim semaphore = new(Math.Max(1, options.Value.MaxConcurrentFiles));

    // Decoding a 12-megapixel scan takes over 100 MB of native memory: one at a time, whatever the file limit.
    private readonly SemaphoreSlim images = new(1);

    public Task WaitAsync(CancellationToken cancellationToken) => semaphore.WaitAsync(cancellationToken);

    public void Release() => semaphore.Release();

    public Task WaitForImageAsync(CancellationToken cancellationToken) => images.WaitAsync(cancellationToken);

    public void ReleaseImage() => images.Release();

    public void Dispose()
    {
        semaphore.Dispose();
        images.Dispose();
    }
}
