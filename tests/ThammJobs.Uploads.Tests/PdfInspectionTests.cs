using System.Text;
using ThammJobs.Uploads.Inspection;
using ThammJobs.Testing.Files;
using static ThammJobs.Uploads.Tests.InspectorHarness;

namespace ThammJobs.Uploads.Tests;

public sealed class PdfInspectionTests
{
    [Theory]
    [InlineData(1_000)]
    [InlineData(50_000)]
    [InlineData(2_000_000)]
    public async Task Valid_pdf_of_any_size_is_accepted_without_flags(int bytes)
    {
        byte[] pdf = PdfFixtures.Valid(bytes);

        var result = await InspectAsync(pdf);

        Assert.True(result.Accepted, result.RefusalCode);
        Assert.Equal(FileType.Pdf, result.Type);
        Assert.Empty(result.Flags);
    }

    [Theory]
    [InlineData(5_000)]
    [InlineData(200_000)]
    public void Valid_builder_lands_near_the_requested_size(int bytes)
    {
        int actual = PdfFixtures.Valid(bytes).Length;

        Assert.InRange(actual, bytes * 0.8, bytes * 1.2);
    }

    [Fact]
    public async Task JavaScript_action_is_refused()
    {
        var result = await InspectAsync(PdfFixtures.WithJavaScript());

        Assert.Equal(RefusalCodes.PdfActiveContent, result.RefusalCode);
        Assert.Equal(FileType.Pdf, result.Type);
    }

    [Fact]
    public async Task Hex_escaped_JavaScript_name_is_refused()
    {
        byte[] pdf = PdfFixtures.WithHexEscapedJavaScript();
        Assert.DoesNotContain("/JavaScript", Encoding.ASCII.GetString(pdf), StringComparison.Ordinal);

        var result = await InspectAsync(pdf);

        Assert.Equal(RefusalCodes.PdfActiveContent, result.RefusalCode);
    }

    [Fact]
    public async Task JavaScript_hidden_in_a_compressed_object_stream_is_refused()
    {
        byte[] pdf = PdfFixtures.WithJavaScriptInObjectStream();
        Assert.DoesNotContain("JavaScript", Encoding.ASCII.GetString(pdf), StringComparison.Ordinal);

        var result = await InspectAsync(pdf);

        Assert.Equal(RefusalCodes.PdfActiveContent, result.RefusalCode);
    }

    [Fact]
    public async Task Launch_action_is_refused() =>
        Assert.Equal(RefusalCodes.PdfActiveContent, (await InspectAsync(PdfFixtures.WithLaunch())).RefusalCode);

    [Fact]
    public async Task Embedded_file_is_refused() =>
        Assert.Equal(RefusalCodes.PdfActiveContent, (await InspectAsync(PdfFixtures.WithEmbeddedFile())).RefusalCode);

    [Theory]
    [InlineData("/RichMedia")]
    [InlineData("/XFA")]
    [InlineData("/JS")]
    [InlineData("/#45mbeddedFiles")]
    public async Task Other_active_content_names_are_refused(string name)
    {
        byte[] pdf = PdfFixtures.Document(PdfFixtures.Stream(string.Empty, "BT ET"u8.ToArray()), catalogExtras: $"/Extra << {name} 6 0 R >>");

        Assert.Equal(RefusalCodes.PdfActiveContent, (await InspectAsync(pdf)).RefusalCode);
    }

    [Fact]
    public async Task Encrypted_pdf_is_refused()
    {
        var result = await InspectAsync(PdfFixtures.Encrypted());

        Assert.Equal(RefusalCodes.PdfEncrypted, result.RefusalCode);
        Assert.Equal(FileType.Pdf, result.Type);
    }

    [Fact]
    public async Task Open_action_without_script_is_accepted_with_a_flag()
    {
        var result = await InspectAsync(PdfFixtures.WithOpenAction());

        Assert.True(result.Accepted, result.RefusalCode);
        Assert.Equal(["pdf-open-action"], result.Flags);
    }

    [Fact]
    public async Task Form_is_accepted_with_a_flag()
    {
        var result = await InspectAsync(PdfFixtures.WithAcroForm());

        Assert.True(result.Accepted, result.RefusalCode);
        Assert.Equal(["pdf-forms"], result.Flags);
    }

    [Fact]
    public async Task Script_words_inside_text_strings_are_not_names()
    {
        var result = await InspectAsync(PdfFixtures.WithScriptWordsInText());

        Assert.True(result.Accepted, result.RefusalCode);
    }

    [Fact]
    public async Task An_unbalanced_parenthesis_does_not_hide_the_objects_after_it()
    {
        byte[] pdf = PdfFixtures.Document(
            PdfFixtures.Stream(string.Empty, "BT ET"u8.ToArray()),
            catalogExtras: "/Broken (never closed",
            extraObjects: [Encoding.ASCII.GetBytes("<< /S /JavaScript /JS (app.alert\\(1\\)) >>")]);

        Assert.Equal(RefusalCodes.PdfActiveContent, (await InspectAsync(pdf)).RefusalCode);
    }

    [Fact]
    public async Task Missing_end_of_file_marker_is_corrupt() =>
        Assert.Equal(RefusalCodes.PdfCorrupt, (await InspectAsync(PdfFixtures.WithoutEof())).RefusalCode);

    [Fact]
    public async Task File_without_objects_is_corrupt() =>
        Assert.Equal(RefusalCodes.PdfCorrupt, (await InspectAsync(PdfFixtures.WithoutObjects())).RefusalCode);

    [Fact]
    public async Task Object_stream_in_an_undecodable_filter_is_corrupt()
    {
        byte[] hex = Encoding.ASCII.GetBytes(Convert.ToHexString("7 0 << /S /JavaScript >>"u8) + ">");
        byte[] pdf = PdfFixtures.Document(
            PdfFixtures.Stream(string.Empty, "BT ET"u8.ToArray()),
            extraObjects: [PdfFixtures.Stream("/Type /ObjStm /N 1 /First 4 /Filter /ASCIIHexDecode", hex)]);

        Assert.Equal(RefusalCodes.PdfCorrupt, (await InspectAsync(pdf)).RefusalCode);
    }

    [Fact]
    public async Task Stream_inflating_past_the_budget_is_refused_as_a_bomb()
    {
        // 60 MB of spaces compress to ~60 KB; the budget is 4 × MaxFileBytes = 40 MB.
        byte[] bomb = PdfFixtures.Deflate(Enumerable.Repeat((byte)' ', 60 * 1024 * 1024).ToArray());
        byte[] pdf = PdfFixtures.Document(PdfFixtures.Stream("/Filter /FlateDecode", bomb));

        Assert.Equal(RefusalCodes.ZipBomb, (await InspectAsync(pdf)).RefusalCode);
    }

    [Fact]
    public async Task Pdf_not_in_the_allow_list_is_refused_with_its_type()
    {
        var result = await InspectAsync(PdfFixtures.Valid(), Only(FileType.Docx, FileType.Odt));

        Assert.Equal(RefusalCodes.TypeNotAllowed, result.RefusalCode);
        Assert.Equal(FileType.Pdf, result.Type);
    }

    [Fact]
    public async Task Header_after_leading_junk_within_1024_bytes_is_still_a_pdf()
    {
        byte[] pdf = [.. Encoding.ASCII.GetBytes(new string(' ', 500)), .. PdfFixtures.Valid()];

        var result = await InspectAsync(pdf);

        Assert.True(result.Accepted, result.RefusalCode);
        Assert.Equal(FileType.Pdf, result.Type);
    }

    [Fact]
    public async Task JavaScript_in_an_unfiltered_object_stream_is_refused()
    {
        byte[] pdf = PdfFixtures.Document(
            PdfFixtures.Stream(string.Empty, "BT ET"u8.ToArray()),
            extraObjects: [PdfFixtures.Stream("/Type /ObjStm /N 1 /First 4", "7 0 << /S /JavaScript /JS (x) >>"u8.ToArray())]);

        Assert.Equal(RefusalCodes.PdfActiveContent, (await InspectAsync(pdf)).RefusalCode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task JavaScript_in_a_stream_inflating_far_past_the_first_buffer_is_refused(bool nameFirst)
    {
        // 3 MB of spaces deflate to a few KB, so the scan's first buffer (4 × the compressed size, at least 80 KB)
        // must grow several times: the name first is lost if a growth drops what was inflated, the name last if
        // inflation stops at the first buffer.
        byte[] name = "7 0 << /S /JavaScript /JS (x) >>\n"u8.ToArray();
        byte[] spaces = Enumerable.Repeat((byte)' ', 3 * 1024 * 1024).ToArray();
        byte[] compressed = PdfFixtures.Deflate(nameFirst ? [.. name, .. spaces] : [.. spaces, .. name]);
        Assert.True(compressed.Length * 4 < spaces.Length / 8);
        byte[] pdf = PdfFixtures.Document(
            PdfFixtures.Stream(string.Empty, "BT ET"u8.ToArray()),
            extraObjects: [PdfFixtures.Stream("/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode", compressed)]);

        Assert.Equal(RefusalCodes.PdfActiveContent, (await InspectAsync(pdf)).RefusalCode);
    }

    [Fact]
    public async Task JavaScript_under_two_flate_layers_is_refused()
    {
        byte[] twice = PdfFixtures.Deflate(PdfFixtures.Deflate("7 0 << /S /JavaScript /JS (x) >>"u8.ToArray()));
        byte[] pdf = PdfFixtures.Document(
            PdfFixtures.Stream(string.Empty, "BT ET"u8.ToArray()),
            extraObjects: [PdfFixtures.Stream("/Type /ObjStm /N 1 /First 4 /Filter [/FlateDecode /FlateDecode]", twice)]);

        Assert.Equal(RefusalCodes.PdfActiveContent, (await InspectAsync(pdf)).RefusalCode);
    }

    [Fact]
    public async Task Object_stream_disguised_as_an_image_is_still_scanned()
    {
        byte[] pdf = PdfFixtures.Document(
            PdfFixtures.Stream(string.Empty, "BT ET"u8.ToArray()),
            extraObjects: [PdfFixtures.Stream("/Subtype /Image /N 1 /First 4 /Filter /FlateDecode", PdfFixtures.Deflate("7 0 << /S /JavaScript /JS (x) >>"u8.ToArray()))]);

        Assert.Equal(RefusalCodes.PdfActiveContent, (await InspectAsync(pdf)).RefusalCode);
    }

    [Fact]
    public async Task Image_samples_are_not_inflated_or_scanned()
    {
        // Pixels that happen to spell a name, and inflate past the whole budget: images are skipped, so both are harmless.
        byte[] samples = PdfFixtures.Deflate([.. "/JavaScript "u8, .. new byte[45 * 1024 * 1024]]);
        byte[] pdf = PdfFixtures.Document(
            PdfFixtures.Stream(string.Empty, "BT ET"u8.ToArray()),
            extraObjects: [PdfFixtures.Stream("/Type /XObject /Subtype /Image /Width 4000 /Height 3750 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode", samples)]);

        var result = await InspectAsync(pdf);

        Assert.True(result.Accepted, result.RefusalCode);
    }

    [Fact]
    public async Task Indirect_length_still_finds_the_stream_end()
    {
        byte[] compressed = PdfFixtures.Deflate("7 0 << /S /Launch /F (x.exe) >>"u8.ToArray());
        byte[] body = [.. "<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length 8 0 R >>\nstream\n"u8, .. compressed, .. "\nendstream"u8];
        byte[] pdf = PdfFixtures.Document(PdfFixtures.Stream(string.Empty, "BT ET"u8.ToArray()), extraObjects: [body]);

        Assert.Equal(RefusalCodes.PdfActiveContent, (await InspectAsync(pdf)).RefusalCode);
    }
}
