using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ThammJobs.Applications.Exports;

/// <summary>
/// Applicants as an Excel workbook, written with the Open XML SDK's forward-only writer (rows are not kept in
/// memory): header row bold and frozen, an autofilter over the table, typed dates and numbers, cells holding
/// Arabic set to right-to-left reading order, and the whole sheet mirrored when the recruiter works in Arabic.
/// Cells are inline strings, never formulas, so nothing a candidate typed is evaluated.
/// </summary>
public static class XlsxExport
{
    private const uint HeaderStyle = 1;
    private const uint DateStyle = 2;
    private const uint ArabicStyle = 3;
    private const uint WrapStyle = 4;

    /// <summary>Writes the workbook to <paramref name="output"/>, which must be seekable (a ZIP package).</summary>
    public static async Task<int> WriteAsync(Stream output, ExportColumns columns, string sheetName, IAsyncEnumerable<ExportRow> rows, CancellationToken cancellationToken)
    {
        var count = 0;
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var sheet = workbook.AddNewPart<WorksheetPart>();
        var width = columns.All.Count;
        using (var writer = OpenXmlWriter.Create(sheet))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteElement(new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            {
                WorkbookViewId = 0,
                RightToLeft = columns.Culture == "ar",
            }));
            writer.WriteElement(new Columns(columns.All.Select((c, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = c.Width, CustomWidth = true })));
            writer.WriteStartElement(new SheetData());
            WriteRow(writer, 1, columns.All.Select(c => (object?)c.Header), HeaderStyle);
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                count++;
                WriteRow(writer, (uint)count + 1, columns.All.Select(c => c.Value(row)), null);
            }

            writer.WriteEndElement();
            writer.WriteElement(new AutoFilter { Reference = $"A1:{ColumnName(width - 1)}{count + 1}" });
            writer.WriteEndElement();
        }

        workbook.Workbook = new Workbook(
            new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = sheetName }),
            // Excel expects the filtered range under this hidden name as well.
            new DefinedNames(new DefinedName($"'{sheetName}'!$A$1:${ColumnName(width - 1)}${count + 1}") { Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true }));
        return count;
    }

    private static void WriteRow(OpenXmlWriter writer, uint index, IEnumerable<object?> values, uint? style)
    {
        writer.WriteStartElement(new Row { RowIndex = index });
        var column = 0;
        foreach (var value in values)
        {
            var reference = ColumnName(column++) + index;
            var cell = value switch
            {
                null => null,
                int number => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(number) },
                DateTime date => new Cell { CellReference = reference, StyleIndex = DateStyle, CellValue = new CellValue(date.ToOADate()) },
                _ => TextCell(reference, value.ToString() ?? "", style),
            };
            if (cell is not null)
            {
                writer.WriteElement(cell);
            }
        }

        writer.WriteEndElement();
    }

    private static Cell TextCell(string reference, string text, uint? style)
    {
        var clean = new string(text.Where(c => c is '\t' or '\n' || !char.IsControl(c)).ToArray());
        return new Cell
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            StyleIndex = style ?? (HasArabic(clean) ? ArabicStyle : clean.Length > 60 ? WrapStyle : null),
            InlineString = new InlineString(new Text(clean) { Space = SpaceProcessingModeValues.Preserve }),
        };
    }

    public static bool HasArabic(string text) => text.Any(c => c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF');

    /// <summary>0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26)
        {
            name = (char)('A' + ((index - 1) % 26)) + name;
        }

        return name;
    }

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd hh:mm" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            // Reading order 2 is right-to-left: Arabic names and labels align and punctuate as they should.
            new CellFormat(new Alignment { ReadingOrder = 2, Horizontal = HorizontalAlignmentValues.Right }) { ApplyAlignment = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true })
        { Count = 5 });
}
