using System.Globalization;
using CsvHelper;

namespace ThammJobs.Applications.Exports;

/// <summary>
/// Applicants as CSV for Excel: UTF-8 with a byte order mark (without it Excel reads Arabic as Latin-1), semicolons
/// (the list separator of French and Moroccan Excel), and every cell that a spreadsheet would take for a formula
/// (starting with = + - @, tab or carriage return) prefixed with an apostrophe, so a candidate's "=HYPERLINK(…)"
/// stays text. The phone numbers in E.164 start with "+" and so come out as '+212…: Excel shows them as text.
/// </summary>
public static class CsvExport
{
    /// <remarks>CsvHelper's injection characters default to = @ + -, tab and CR, as OWASP recommends.</remarks>
    public static CsvWriterOptions Options { get; } = CsvWriterOptions.Default with
    {
        Separator = ';',
        Injection = CsvInjection.Escape,
        InjectionEscape = '\'',
        WriteByteOrderMark = true,
    };

    public static async Task<int> WriteAsync(Stream output, ExportColumns columns, IAsyncEnumerable<ExportRow> rows, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        foreach (var column in columns.All)
        {
            csv.WriteField(column.Header);
        }

        await csv.EndRecordAsync(cancellationToken);
        var count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            foreach (var column in columns.All)
            {
                csv.WriteField(column.Value(row) switch
                {
                    DateTime date => date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                    int number => number.ToString(CultureInfo.InvariantCulture),
                    var value => value?.ToString() ?? "",
                });
            }

            await csv.EndRecordAsync(cancellationToken);
            count++;
        }

        await csv.FlushAsync(cancellationToken);
        return count;
    }
}
