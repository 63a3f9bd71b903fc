using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;

namespace Reporting.Core.Excel;

/// <summary>
/// Benchmark for <see cref="StreamingXlsxWriter"/> (not a test): writes a monthly-export-like sheet of
/// <c>rows</c> × 25 columns (text, integers, euros, percents, dates) with a <c>SUBTOTAL</c> total row.
/// Values are derived from the row number, so every run writes the same file. Figures: docs/benchmarks.md.
/// </summary>
public static class XlsxBench
{
    private static readonly string[] Programs = ["STAaM", "SCLA", "PAT", "TaAM-16i", "TaAM-16e"];
    private static readonly string[] Statuses = ["aktiv", "ausgetreten", "abgebrochen"];
    private static readonly string[] Outcomes = ["", "sv-Beschäftigung", "Ausbildung", "Selbstständigkeit"];
    private static readonly string[] Lines = ["Personalkosten", "Sachkosten", "Verwaltung", "Qualifizierung"];

    public static readonly IReadOnlyList<XlsxColumn> Columns =
    [
        new("Programm", 10), new("Projekt", 12), new("Teilnehmer-ID", 14), new("Geschlecht", 10),
        new("Alter", 6, XlsxStyle.Integer), new("Eintritt", 11, XlsxStyle.Date), new("Austritt", 11, XlsxStyle.Date),
        new("Status", 12), new("Integration", 18), new("Integrationsdatum", 11, XlsxStyle.Date),
        new("Monate", 7, XlsxStyle.Integer), new("Kostenart", 16), new("Beleg", 12), new("Belegdatum", 11, XlsxStyle.Date),
        new("Betrag", 14, XlsxStyle.Euro), new("Förderfähig", 14, XlsxStyle.Euro), new("Förderquote", 9, XlsxStyle.Percent),
        new("Zuschuss", 14, XlsxStyle.Euro), new("Eigenanteil", 14, XlsxStyle.Euro), new("Stunden", 9, XlsxStyle.Amount),
        new("Kreis", 8), new("PLZ", 7), new("Träger", 24), new("Bemerkung", 30), new("Quelle", 12),
    ];

    /// <summary>Writes the sheet to <paramref name="output"/> and returns the time it took (including compression).</summary>
    public static TimeSpan Run(int rows, Stream output, CompressionLevel compression = CompressionLevel.Fastest)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        var clock = Stopwatch.StartNew();
        var info = new XlsxDocumentInfo("Monatsexport", "Benchmark", "FundingReports", new DateTimeOffset(2018, 12, 31, 0, 0, 0, TimeSpan.Zero));
        using (var writer = new StreamingXlsxWriter(output, info, leaveOpen: true, compression))
        {
            var sheet = writer.AddSheet("Monatsexport", Columns, printSetup: XlsxPrintSetup.ForReport("Monatsexport", "alle Projekte", "12/2018", landscape: true));
            var cells = new XlsxCell[Columns.Count];
            var start = new DateOnly(2015, 1, 1);
            var total = 0m;
            for (var i = 0; i < rows; i++)
            {
                var amount = (i % 100_000) * 1.37m + 0.05m;
                var eligible = Math.Round(amount * 0.9m, 2);
                var grant = Math.Round(eligible * 0.75m, 2);
                total += amount;
                var entry = start.AddDays(i % 1400);
                cells[0] = Programs[i % Programs.Length];
                cells[1] = "P-" + (i % 250).ToString("D4", CultureInfo.InvariantCulture);
                cells[2] = "TN-" + i.ToString("D7", CultureInfo.InvariantCulture);
                cells[3] = i % 2 == 0 ? "w" : "m";
                cells[4] = XlsxCell.Integer(18 + i % 47);
                cells[5] = entry;
                cells[6] = i % 3 == 0 ? XlsxCell.Empty : XlsxCell.Date(entry.AddDays(30 + i % 700));
                cells[7] = Statuses[i % Statuses.Length];
                cells[8] = Outcomes[i % Outcomes.Length];
                cells[9] = i % 4 == 1 ? XlsxCell.Date(entry.AddDays(60 + i % 500)) : XlsxCell.Empty;
                cells[10] = XlsxCell.Integer(1 + i % 36);
                cells[11] = Lines[i % Lines.Length];
                cells[12] = "B-" + i.ToString("D8", CultureInfo.InvariantCulture);
                cells[13] = entry.AddDays(i % 90);
                cells[14] = amount;
                cells[15] = eligible;
                cells[16] = 0.75m;
                cells[17] = grant;
                cells[18] = amount - grant;
                cells[19] = (i % 160) * 0.25m;
                cells[20] = "05913";
                cells[21] = (44135 + i % 50).ToString(CultureInfo.InvariantCulture);
                cells[22] = "Träger " + (i % 40).ToString(CultureInfo.InvariantCulture) + " gGmbH";
                cells[23] = i % 10 == 0 ? "Nachweis nachgereicht, Kopie in Akte" : XlsxCell.Empty;
                cells[24] = "import-2018-12";
                sheet.WriteRow(cells);
            }
            sheet.WriteTotalRow([.. Enumerable.Repeat(XlsxCell.Empty, 13), "Summe", XlsxCell.Formula(sheet.SubtotalSum(14), total)]);
        }
        return clock.Elapsed;
    }
}
