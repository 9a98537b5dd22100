using ThammJobs.Web.Composition;

namespace ThammJobs.Web.Tests.Hosting;

public sealed class NativeMemoryTuningTests
{
    [Fact]
    public void On_Linux_with_glibc_the_malloc_settings_are_taken()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() && File.Exists("/lib/x86_64-linux-gnu/libc.so.6"), "glibc on x86-64 Linux only");
        Assert.True(NativeMemoryTuning.Apply());
    }
}
