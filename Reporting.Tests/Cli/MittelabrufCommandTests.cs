using System.Text.Json;
using ClosedXML.Excel;
using Reporting.Cli;
using UglyToad.PdfPig;

namespace Reporting.Tests.Cli;

/// <summary><c>report mittelabruf</c> on the Dortmund sample; the amounts are worked out from the CSV files in
/// docs/figures.md ("Funds request", worked example).</summary>
public class MittelabrufCommandTests
{
    private static ReportCli Dortmund()
    {
        var cli = new ReportCli(seed: false);
        var (code, _, error) = cli.Run(["import", .. Directory.GetFiles(Path.Combine(RepoPaths.Samples, "dortmund-scla"), "*.csv").Order(StringComparer.Ordinal)]);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), error);
        return cli;
    }

    private static decimal Field(JsonDocument json, string key) => json.RootElement.GetProperty("sections").EnumerateArray()
        .SelectMany(s => s.GetProperty("blocks").EnumerateArray()).Where(b => b.GetProperty("type").GetString() == "fields")
        .SelectMany(b => b.GetProperty("fields").EnumerateObject()).First(p => p.Name == key).Value.GetDecimal();

    [Test]
    public void Mittelabruf_DortmundOn15May2018_RequestsTheHandCalculatedAmount()
    {
        using var cli = Dortmund();

        var (code, output, error) = cli.Run("report", "mittelabruf", "--project", "SCLA-DO", "--on", "2018-05-15", "--format", "xlsx,pdf,json", "--out", "out");

        Assert.That(error, Is.Empty);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(output, Does.Contain("mittelabruf_SCLA-DO_2018-05-15.xlsx"));
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(cli.Out, "mittelabruf_SCLA-DO_2018-05-15.json")));
        Assert.That(Field(json, "received"), Is.EqualTo(968_500.00m));
        Assert.That(Field(json, "spent"), Is.EqualTo(1_192_943.31m));
        Assert.That(Field(json, "on_hand"), Is.EqualTo(-224_443.31m));
        Assert.That(Field(json, "expected_total"), Is.EqualTo(336_166.45m));
        Assert.That(Field(json, "requestable"), Is.EqualTo(560_609.76m));

        using var workbook = new XLWorkbook(Path.Combine(cli.Out, "mittelabruf_SCLA-DO_2018-05-15.xlsx"));
        var cells = workbook.Worksheets.SelectMany(s => s.CellsUsed()).ToList();
        Assert.That(cells.First(c => c.GetString() == "Es wird gebeten, folgenden Betrag auszuzahlen").CellRight().GetValue<decimal>(), Is.EqualTo(560_609.76m));
        Assert.That(cells.First(c => c.GetString() == "Abruf-Nr.").CellRight().GetString(), Is.EqualTo("MA-10"));
        var pers = cells.First(c => c.GetString() == "PERS").WorksheetRow();
        Assert.That(pers.CellsUsed().Skip(2).Select(c => c.GetValue<decimal>()), Is.EqualTo(new[] { 45_458.45m, 90_916.91m }),
            "PERS spent 136,375.36 in February to April: 45,458.45 a month, 90,916.91 for June and July");

        using var pdf = PdfDocument.Open(Path.Combine(cli.Out, "mittelabruf_SCLA-DO_2018-05-15.pdf"));
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.That(text, Does.Contain("560.609,76 €").And.Contain("-224.443,31 €").And.Contain("336.166,45 €"));
        Assert.That(text, Does.Contain("Seite 1 von"));
    }

    [Test]
    public void Mittelabruf_PlannedFileGermanStyle_UsesThePlannedPayments()
    {
        using var cli = Dortmund();
        File.WriteAllText(Path.Combine(cli.Dir, "geplant.csv"), "Kostenart;Betrag\r\nPERS;100.000,00\r\nSACH;24.443,31\r\nPERS;1.000,00\r\n");

        var (code, _, error) = cli.Run("report", "mittelabruf", "--project", "SCLA-DO", "--on", "15.05.2018", "--planned", "geplant.csv", "--format", "json", "--out", "out");

        Assert.That(error, Is.Empty);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(cli.Out, "mittelabruf_SCLA-DO_2018-05-15.json")));
        // 125,443.31 planned + 224,443.31 paid in advance = 349,886.62.
        Assert.That(Field(json, "expected_total"), Is.EqualTo(125_443.31m));
        Assert.That(Field(json, "requestable"), Is.EqualTo(349_886.62m));
    }

    [Test]
    public void Mittelabruf_PlannedFileCommaStyle_IsRead()
    {
        using var cli = Dortmund();
        File.WriteAllText(Path.Combine(cli.Dir, "planned.csv"), "cost_category,amount\nPERS,1000.50\n");

        var (code, _, error) = cli.Run("report", "mittelabruf", "--project", "SCLA-DO", "--on", "2018-05-15", "--planned", "planned.csv", "--format", "json", "--out", "out");

        Assert.That(code, Is.EqualTo(ExitCodes.Ok), error);
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(cli.Out, "mittelabruf_SCLA-DO_2018-05-15.json")));
        Assert.That(Field(json, "expected_total"), Is.EqualTo(1_000.50m));
    }

    [Test]
    public void Mittelabruf_BadPlannedFile_ExitsInvalidInputNamingLineAndColumn()
    {
        using var cli = Dortmund();
        File.WriteAllText(Path.Combine(cli.Dir, "geplant.csv"), "Kostenart;Betrag\nPERS;viel\n;12,00\n");

        var (code, _, error) = cli.Run("report", "mittelabruf", "--project", "SCLA-DO", "--on", "2018-05-15", "--planned", "geplant.csv", "--out", "out");

        Assert.That(code, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(error, Does.Contain("geplant.csv line 2, column 2 (amount): 'viel' is not a number"));
        Assert.That(error, Does.Contain("geplant.csv line 3, column 1 (cost category): is empty"));
        Assert.That(Directory.Exists(cli.Out) && Directory.EnumerateFiles(cli.Out).Any(), Is.False);
    }

    [Test]
    public void Report_OtherFormWithoutPeriod_ExitsUsage()
    {
        using var cli = new ReportCli();

        var (code, _, error) = cli.Run("report", "quarterly", "--project", "P1", "--out", "out");

        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error, Does.Contain("--period"));
    }

    [Test]
    public void Report_OnWithAnotherForm_ExitsUsage()
    {
        using var cli = new ReportCli();

        var (code, _, error) = cli.Run("report", "quarterly", "--project", "P1", "--period", "2018-Q2", "--on", "2018-05-15", "--out", "out");

        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error, Does.Contain("mittelabruf"));
    }

    [Test]
    public void Mittelabruf_WithoutOn_UsesToday()
    {
        using var cli = new ReportCli();

        var (code, output, error) = cli.Run("report", "mittelabruf", "--project", "P1", "--format", "csv", "--out", "out");

        Assert.That(code, Is.EqualTo(ExitCodes.Ok), error);
        Assert.That(output, Does.Contain("mittelabruf_P1_2019-01-15.csv"), "the clock of the test stands on 15 January 2019");
    }
}
