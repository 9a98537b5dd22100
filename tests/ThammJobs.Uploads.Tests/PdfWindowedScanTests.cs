using System.Text;
using ThammJobs.Uploads.Inspection;
using ThammJobs.Testing.Files;
using static ThammJobs.Uploads.Tests.InspectorHarness;

namespace ThammJobs.Uploads.Tests;

/// <summary>
/// Inflated streams are scanned through a window of <see cref="PdfScanner.WindowBytes"/> (docs/uploads.md): whatever
/// straddles two windows must be judged as if the stream were read whole.
/// </summary>
public sealed class PdfWindowedScanTests
{
    private static byte[] ObjectStreamPdf(byte[] inflated) => PdfFixtures.Document(
        PdfFixtures.Stream(string.Empty, "BT ET"u8.ToArray()),
        extraObjects: [PdfFixtures.Stream("/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode", PdfFixtures.Deflate(inflated))]);

    private static byte[] Spaces(int count) => Enumerable.Repeat((byte)' ', count).ToArray();

    public static TheoryData<int> OffsetsAroundTheBoundary()
    {
        var offsets = new TheoryData<int>();
        // "/JavaScript" is 11 bytes: every cut through it, plus just before and just after.
        for (int shift = -12; shift <= 1; shift++)
        {
            offsets.Add(PdfScanner.WindowBytes + shift);
        }

        return offsets;
    }

    [Theory]
    [MemberData(nameof(OffsetsAroundTheBoundary))]
    public async Task A_name_cut_by_the_window_boundary_is_still_found(int nameAt)
    {
        byte[] pdf = ObjectStreamPdf([.. Spaces(nameAt), .. "/JavaScript (x)\n"u8, .. Spaces(1000)]);

        Assert.Equal(RefusalCodes.PdfActiveContent, (await InspectAsync(pdf)).RefusalCode);
    }

    [Theory]
    [MemberData(nameof(OffsetsAroundTheBoundary))]
    public async Task A_hex_escaped_name_cut_by_the_window_boundary_is_still_found(int nameAt)
    {
        byte[] pdf = ObjectStreamPdf([.. Spaces(nameAt), .. "/J#61vaScript (x)\n"u8, .. Spaces(1000)]);

        Assert.Equal(RefusalCodes.PdfActiveContent, (await InspectAsync(pdf)).RefusalCode);
    }

    [Theory]
    [InlineData(100_000)]
    [InlineData(700_000)]
    public async Task A_string_longer_than_the_window_is_skipped_whole(int length)
    {
        // The script word sits in the string's second half, past the first window: only a carried string hides it.
        var text = new StringBuilder("BT (");
        text.Append('a', length / 2).Append(" /JavaScript ").Append('b', length / 2).Append(") Tj ET\n");
        byte[] pdf = ObjectStreamPdf(Encoding.ASCII.GetBytes(text.ToString()));

        var result = await InspectAsync(pdf);

        Assert.True(result.Accepted, result.RefusalCode);
    }

    [Fact]
    public async Task A_name_after_a_string_longer_than_the_window_is_found()
    {
        var text = new StringBuilder("(");
        text.Append('a', 300_000).Append(") /Launch (x)\n");
        byte[] pdf = ObjectStreamPdf(Encoding.ASCII.GetBytes(text.ToString()));

        Assert.Equal(RefusalCodes.PdfActiveContent, (await InspectAsync(pdf)).RefusalCode);
    }

    [Fact]
    public async Task A_string_never_closed_does_not_hide_names_beyond_the_largest_window()
    {
        // Fail-safe: past the largest window an unclosed string is scanned inside, as the whole-file scan does.
        var text = new StringBuilder("(");
        text.Append('a', PdfScanner.MaxWindowBytes + 10_000).Append(" /JS (x)\n");
        byte[] pdf = ObjectStreamPdf(Encoding.ASCII.GetBytes(text.ToString()));

        Assert.Equal(RefusalCodes.PdfActiveContent, (await InspectAsync(pdf)).RefusalCode);
    }

    [Fact]
    public async Task A_comment_across_the_boundary_hides_nothing_after_its_line()
    {
        byte[] commented = [.. Spaces(PdfScanner.WindowBytes - 10), .. "% /JavaScript in a comment"u8, .. Spaces(200_000), .. "\n/XFA 1\n"u8];
        byte[] onlyComment = [.. Spaces(PdfScanner.WindowBytes - 10), .. "% /JavaScript in a comment\n"u8, .. Spaces(1000)];

        Assert.Equal(RefusalCodes.PdfActiveContent, (await InspectAsync(ObjectStreamPdf(commented))).RefusalCode);
        Assert.True((await InspectAsync(ObjectStreamPdf(onlyComment))).Accepted);
    }

    [Fact]
    public async Task The_file_buffer_reused_for_a_smaller_file_does_not_leak_the_previous_file()
    {
        // A large PDF with active content at its end, then a small clean one read into the same (larger) array.
        byte[] large = PdfFixtures.Document(
            PdfFixtures.Stream(string.Empty, Spaces(3_000_000)),
            extraObjects: [Encoding.ASCII.GetBytes("<< /S /JavaScript /JS (x) >>")]);
        byte[] small = PdfFixtures.Valid(1_500_000);

        Assert.Equal(RefusalCodes.PdfActiveContent, (await InspectAsync(large)).RefusalCode);
        var result = await InspectAsync(small);

        Assert.True(result.Accepted, result.RefusalCode);
    }
}
