using System.Text.Json;
using ClosedXML.Excel;
using UglyToad.PdfPig;

namespace Reporting.Tests.Periods;

/// <summary>submit, close, import --correction and purge end to end on <see cref="Support.SmallProject"/> (runtime 2018,
/// Verwendungsnachweis due 30.06.2019; Q1 spending V1 5,000.00 + V2 2,500.50 + V3 −500.50 = 7,000.00), on both backends.</summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed partial class PeriodCommandTests(string backend)
{
    private PeriodCli _cli = null!;

    [SetUp]
    public void Open() => _cli = new PeriodCli(backend);

    [TearDown]
    public void Close() => _cli.Dispose();

    private JsonElement FiguresJson(string period, string asOf)
    {
        var output = _cli.Ok("figures", "--project", "P1", "--period", period, "--format", "json", "--as-of", asOf);
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    /// <summary>The value cell right of the first cell of any sheet whose text is <paramref name="label"/>.</summary>
    private static IXLCell ValueRightOf(string xlsx, string label)
    {
        using var workbook = new XLWorkbook(xlsx);
        foreach (var sheet in workbook.Worksheets)
        {
            var cell = sheet.CellsUsed().FirstOrDefault(c => c.GetString() == label);
            if (cell is not null)
            {
                return cell.CellRight();
            }
        }
        throw new AssertionException($"no cell '{label}' in {Path.GetFileName(xlsx)}");
    }

    private static decimal NumberRightOf(string xlsx, string label) => (decimal)ValueRightOf(xlsx, label).GetDouble();

    private static string TextRightOf(string xlsx, string label) => ValueRightOf(xlsx, label).GetString();

    /// <summary>Every row of sheet <paramref name="sheet"/> as its cells' text.</summary>
    private static List<string[]> Rows(string xlsx, string sheet)
    {
        using var workbook = new XLWorkbook(xlsx);
        return workbook.Worksheet(sheet).RowsUsed().Select(r => r.Cells(1, r.LastCellUsed().Address.ColumnNumber).Select(c => c.GetFormattedString()).ToArray()).ToList();
    }

    private static string PdfText(string pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    /// <summary>A form's JSON without the line that says when it was made.</summary>
    /// <summary>The form JSON without the time it was written and without its run id: the run id names the records the
    /// run read (docs/audit.md), which a correction or a purge changes; what must stay as submitted is every value.</summary>
    private static string WithoutGeneratedAt(string json) =>
        string.Join("\n", File.ReadAllLines(json).Where(l => !l.Contains("\"generated_at\"", StringComparison.Ordinal)
            && !l.Contains("\"run_id\"", StringComparison.Ordinal)));
}
