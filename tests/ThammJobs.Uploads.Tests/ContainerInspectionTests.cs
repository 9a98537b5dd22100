using ThammJobs.Uploads.Inspection;
using ThammJobs.Testing.Files;
using static ThammJobs.Uploads.Tests.InspectorHarness;

namespace ThammJobs.Uploads.Tests;

public sealed class ContainerInspectionTests
{
    [Theory]
    [InlineData(3_000)]
    [InlineData(300_000)]
    public async Task Valid_docx_is_accepted(int bytes)
    {
        var result = await InspectAsync(OfficeFixtures.Docx(bytes));

        Assert.True(result.Accepted, result.RefusalCode);
        Assert.Equal(FileType.Docx, result.Type);
    }

    [Theory]
    [InlineData(3_000)]
    [InlineData(300_000)]
    public async Task Valid_odt_is_accepted(int bytes)
    {
        var result = await InspectAsync(OfficeFixtures.Odt(bytes));

        Assert.True(result.Accepted, result.RefusalCode);
        Assert.Equal(FileType.Odt, result.Type);
    }

    [Theory]
    [InlineData(20_000)]
    [InlineData(500_000)]
    public void Sized_builders_land_near_the_requested_size(int bytes)
    {
        Assert.InRange(OfficeFixtures.Docx(bytes).Length, bytes * 0.8, bytes * 1.2);
        Assert.InRange(OfficeFixtures.Odt(bytes).Length, bytes * 0.8, bytes * 1.2);
    }

    [Fact]
    public async Task Docx_with_a_vba_project_is_refused_for_macros()
    {
        var result = await InspectAsync(OfficeFixtures.DocxWithVbaProject());

        Assert.Equal(RefusalCodes.Macros, result.RefusalCode);
        Assert.Equal(FileType.Docx, result.Type);
    }

    [Fact]
    public async Task Macro_enabled_content_type_is_refused_even_without_vba_part() =>
        Assert.Equal(RefusalCodes.Macros, (await InspectAsync(OfficeFixtures.DocxWithMacroEnabledContentType())).RefusalCode);

    [Fact]
    public async Task Odt_with_basic_library_is_refused_for_macros()
    {
        var result = await InspectAsync(OfficeFixtures.OdtWithBasicMacros());

        Assert.Equal(RefusalCodes.Macros, result.RefusalCode);
        Assert.Equal(FileType.Odt, result.Type);
    }

    [Fact]
    public async Task Highly_compressed_entry_is_a_zip_bomb()
    {
        byte[] bomb = OfficeFixtures.ZipBomb(50);
        Assert.True(bomb.Length < 200_000, $"the bomb should be small, was {bomb.Length}");

        Assert.Equal(RefusalCodes.ZipBomb, (await InspectAsync(bomb)).RefusalCode);
    }

    [Fact]
    public async Task Total_declared_size_over_the_limit_is_a_zip_bomb()
    {
        // 3 MB of zeros is under the ratio limit once the limit is raised, but over a 2 MB inflation budget.
        var options = new UploadOptions { MaxCompressionRatio = 100_000, MaxInflatedBytes = 2 * 1024 * 1024 };

        Assert.Equal(RefusalCodes.ZipBomb, (await InspectAsync(OfficeFixtures.ZipBomb(3), options: options)).RefusalCode);
    }

    [Fact]
    public async Task Entry_lying_about_its_size_is_caught_while_inflating()
    {
        var result = await InspectAsync(OfficeFixtures.DocxWithUnderstatedEntrySize());

        Assert.Equal(RefusalCodes.ZipBomb, result.RefusalCode);
    }

    [Fact]
    public async Task More_than_ten_thousand_entries_is_a_zip_bomb() =>
        Assert.Equal(RefusalCodes.ZipBomb, (await InspectAsync(OfficeFixtures.ZipWithEntries(10_001))).RefusalCode);

    [Fact]
    public async Task End_record_declaring_many_entries_is_a_zip_bomb() =>
        Assert.Equal(RefusalCodes.ZipBomb, (await InspectAsync(OfficeFixtures.ZipDeclaringEntries(60_000))).RefusalCode);

    [Fact]
    public async Task Plain_zip_is_unrecognised() =>
        Assert.Equal(RefusalCodes.Unrecognised, (await InspectAsync(OfficeFixtures.PlainZip())).RefusalCode);

    [Fact]
    public async Task Jar_is_an_executable() =>
        Assert.Equal(RefusalCodes.Executable, (await InspectAsync(OfficeFixtures.Jar())).RefusalCode);

    [Fact]
    public async Task Truncated_docx_is_a_corrupt_container() =>
        Assert.Equal(RefusalCodes.CorruptContainer, (await InspectAsync(OfficeFixtures.TruncatedDocx())).RefusalCode);

    [Fact]
    public async Task Docx_not_in_the_allow_list_is_refused_with_its_type()
    {
        var result = await InspectAsync(OfficeFixtures.Docx(), Only(FileType.Pdf));

        Assert.Equal(RefusalCodes.TypeNotAllowed, result.RefusalCode);
        Assert.Equal(FileType.Docx, result.Type);
    }

    [Fact]
    public async Task Odt_not_in_the_allow_list_is_refused_with_its_type()
    {
        var result = await InspectAsync(OfficeFixtures.Odt(), Only(FileType.Pdf, FileType.Docx));

        Assert.Equal(RefusalCodes.TypeNotAllowed, result.RefusalCode);
        Assert.Equal(FileType.Odt, result.Type);
    }
}
