using System.Diagnostics;
using MiniExcelLibs;
using Reporting.Core.Excel;

namespace Reporting.Bench.Writers;

/// <summary>The two xlsx writers compared on the same monthly-export rows: FundingReports' own
/// <see cref="StreamingXlsxWriter"/> (with its defaults, as the monthly export uses it: its default compression, typed cells
/// with German formats, frozen header, filter, print setup) and MiniExcel (its defaults: values only).</summary>
internal static class XlsxWriters
{
    public const string Streaming = "streaming";
    public const string MiniExcel = "miniexcel";

    /// <summary>Writes <paramref name="rows"/> rows with <paramref name="writer"/>; returns the time of the writing alone.</summary>
    public static TimeSpan Write(string writer, int rows, Stream output)
    {
        var clock = Stopwatch.StartNew();
        switch (writer)
        {
            case Streaming:
                WriteStreaming(rows, output);
                break;
            case MiniExcel:
                output.SaveAs(Rows(rows), sheetName: "Monatsexport", excelType: ExcelType.XLSX);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(writer), writer, "streaming or miniexcel");
        }
        return clock.Elapsed;
    }

    private static void WriteStreaming(int rows, Stream output)
    {
        var info = new XlsxDocumentInfo("Monatsexport", "Benchmark", "FundingReports", new DateTimeOffset(2018, 12, 31, 0, 0, 0, TimeSpan.Zero));
        using var writer = new StreamingXlsxWriter(output, info, leaveOpen: true);
        var sheet = writer.AddSheet("Monatsexport", MonthlyRows.Columns,
            printSetup: XlsxPrintSetup.ForReport("Monatsexport", "alle Projekte", "2018", landscape: true));
        var cells = new XlsxCell[MonthlyRows.ColumnCount];
        for (int i = 0; i < rows; i++)
        {
            MonthlyRows.Fill(cells, MonthlyRows.Row(i));
            sheet.WriteRow(cells);
        }
    }

    private static IEnumerable<MonthlyRow> Rows(int rows)
    {
        for (int i = 0; i < rows; i++)
        {
            yield return MonthlyRows.Row(i);
        }
    }
}
