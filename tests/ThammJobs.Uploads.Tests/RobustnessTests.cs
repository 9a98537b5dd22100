using ThammJobs.Uploads.Inspection;
using ThammJobs.Testing.Files;
using static ThammJobs.Uploads.Tests.InspectorHarness;

namespace ThammJobs.Uploads.Tests;

/// <summary>Damaged files end in a refusal code, never in an exception (which would be a 500 for the candidate).</summary>
public sealed class RobustnessTests
{
    public static TheoryData<string> Kinds => ["pdf", "docx", "odt", "jpeg", "png"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Truncated_and_bit_flipped_files_never_throw(string kind)
    {
        byte[] original = kind switch
        {
            "pdf" => PdfFixtures.Valid(6_000),
            "docx" => OfficeFixtures.Docx(6_000),
            "odt" => OfficeFixtures.Odt(6_000),
            "jpeg" => ImageFixtures.Jpeg(48, 48),
            _ => ImageFixtures.Png(48, 48),
        };
        var random = new Random(original.Length);
        var codes = new HashSet<string?>();

        for (int round = 0; round < 60; round++)
        {
            byte[] damaged = round % 2 == 0 ? original[..random.Next(1, original.Length)] : Flip(original, random);

            var result = await InspectAsync(damaged);

            codes.Add(result.RefusalCode);
        }

        // Some damage must be noticed; the point of the test is that none of it escaped as an exception.
        Assert.Contains(codes, code => code is not null);
        Assert.DoesNotContain(RefusalCodes.Executable, codes);
    }

    [Theory]
    [InlineData(FileType.Jpeg)]
    [InlineData(FileType.Png)]
    public async Task Sanitizer_never_throws_on_damaged_images(FileType type)
    {
        byte[] original = type == FileType.Jpeg ? ImageFixtures.Jpeg(48, 48) : ImageFixtures.Png(48, 48);
        var sanitizer = new Images.ImageSanitizer(Microsoft.Extensions.Options.Options.Create(new UploadOptions()));
        var random = new Random(17);
        int refused = 0;

        for (int round = 0; round < 40; round++)
        {
            byte[] damaged = round % 2 == 0 ? original[..random.Next(1, original.Length)] : Flip(original, random);
            using var output = new MemoryStream();

            var result = await sanitizer.SanitizeAsync(new MemoryStream(damaged), type, output, TestContext.Current.CancellationToken);

            refused += result.Succeeded ? 0 : 1;
            Assert.True(result.RefusalCode is null or RefusalCodes.ImageCorrupt or RefusalCodes.ImageTooLarge, result.RefusalCode);
        }

        Assert.True(refused > 0);
    }

    private static byte[] Flip(byte[] original, Random random)
    {
        byte[] copy = (byte[])original.Clone();
        for (int i = 0; i < 8; i++)
        {
            int at = random.Next(8, copy.Length); // keep the signature: damage the body
            copy[at] ^= (byte)(1 << random.Next(8));
        }

        return copy;
    }
}
