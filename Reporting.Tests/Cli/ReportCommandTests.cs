using System.Text.Json;
using ClosedXML.Excel;
using Reporting.Cli;

namespace Reporting.Tests.Cli;

public class ReportCommandTests
{
    [Test]
    public void Report_QuarterlyInThreeFormats_WritesDeterministicallyNamedFiles()
    {
        using var cli = new ReportCli();

        var (code, output, error) = cli.Run("report", "quarterly", "--project", "P1", "--period", "2018-Q2", "--format", "xlsx,json,csv", "--out", "out");

        Assert.That(error, Is.Empty);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        var names = Directory.GetFiles(cli.Out).Select(Path.GetFileName).Order().ToList();
        Assert.That(names, Does.Contain("quartalsbericht_P1_2018-Q2.xlsx"));
        Assert.That(names, Does.Contain("quartalsbericht_P1_2018-Q2.json"));
        Assert.That(names, Does.Contain("quartalsbericht_P1_2018-Q2.csv"));
        Assert.That(names, Does.Contain("quartalsbericht_P1_2018-Q2.cost_categories.csv"));
        Assert.That(names.Any(n => n!.StartsWith('.')), Is.False, "no temporary file is left behind");
        Assert.That(output, Does.Contain("quartalsbericht_P1_2018-Q2.xlsx"));
    }

    [Test]
    public void Report_QuarterlyXlsxAndJson_ShowTheSameSpentCumulative()
    {
        using var cli = new ReportCli();

        cli.Run("report", "quarterly", "--project", "P1", "--period", "2018-Q2", "--format", "xlsx,json", "--out", "out");

        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(cli.Out, "quartalsbericht_P1_2018-Q2.json")));
        var fromJson = json.RootElement.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("blocks").EnumerateArray())
            .Where(b => b.GetProperty("type").GetString() == "fields")
            .SelectMany(b => b.GetProperty("fields").EnumerateObject()).First(p => p.Name == "spent_cumulative").Value.GetDecimal();
        using var workbook = new XLWorkbook(Path.Combine(cli.Out, "quartalsbericht_P1_2018-Q2.xlsx"));
        var cell = workbook.Worksheets.SelectMany(s => s.CellsUsed()).First(c => c.GetString() == "Ausgaben kumuliert").CellRight();

        Assert.That(fromJson, Is.EqualTo(17_000.00m));
        Assert.That(cell.GetValue<decimal>(), Is.EqualTo(fromJson));
    }

    [Test]
    public void Report_UnknownProject_ExitsNotFoundWithMessage()
    {
        using var cli = new ReportCli();

        var (code, _, error) = cli.Run("report", "quarterly", "--project", "NOPE", "--period", "2018-Q2", "--out", "out");

        Assert.That(code, Is.EqualTo(ExitCodes.NotFound));
        Assert.That(error.Trim(), Is.EqualTo("error: no project found for project NOPE"));
        Assert.That(Directory.Exists(cli.Out) && Directory.EnumerateFiles(cli.Out).Any(), Is.False);
    }

    [TestCase("2018-Q5", TestName = "Period that does not parse")]
    [TestCase("2019-Q1", TestName = "Period outside the project's runtime")]
    public void Report_BadPeriod_ExitsUsage(string period)
    {
        using var cli = new ReportCli();

        var (code, _, error) = cli.Run("report", "quarterly", "--project", "P1", "--period", period, "--out", "out");

        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error, Does.StartWith("error: "));
        Assert.That(error, Does.Not.Contain(" at Reporting."), "no stack trace");
    }

    [Test]
    public void Report_UnknownFormat_ExitsUsage()
    {
        using var cli = new ReportCli();

        var (code, _, error) = cli.Run("report", "quarterly", "--project", "P1", "--period", "2018-Q2", "--format", "docx", "--out", "out");

        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error, Does.Contain("unknown format 'docx'"));
    }

    [Test]
    public void Report_UnknownForm_ExitsUsageNamingTheForms()
    {
        using var cli = new ReportCli();

        var (code, _, error) = cli.Run("report", "plakat", "--project", "P1", "--period", "2018-Q2", "--out", "out");

        Assert.That((code, error.Trim()), Is.EqualTo((ExitCodes.Usage, "error: unknown form 'plakat'; use quarterly, proof, targets, monthly, mittelabruf")));
    }

    [Test]
    public void Report_BrokenTemplate_ExitsInvalidInputNamingFileAndPlace()
    {
        using var cli = new ReportCli();
        File.WriteAllText(Path.Combine(cli.Dir, "mine.json"), """
            { "form_id": "X", "version": "1", "form": "quarterly", "title": "T", "rule_set": "R",
              "sections": [ { "id": "a", "title": "A", "sheet": "S", "blocks": [ { "type": "fields", "fields": [ { "figure": "spentt" } ] } ] } ] }
            """);

        var (code, _, error) = cli.Run("report", "quarterly", "--project", "P1", "--period", "2018-Q2", "--template", "mine.json", "--out", "out");

        Assert.That(code, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(error.Trim(), Is.EqualTo("error: mine.json: sections[0].blocks[0].fields[0]: unknown figure 'spentt' for form 'quarterly' (did you mean 'spent'?)"));
    }

    [Test]
    public void Report_CustomTemplate_IsUsedForLabelsAndSelection()
    {
        using var cli = new ReportCli();
        File.WriteAllText(Path.Combine(cli.Dir, "short.json"), """
            { "form_id": "HE-QB", "version": "2027.1", "form": "quarterly", "title": "Kurzbericht", "rule_set": "LHO Hessen",
              "sections": [ { "id": "a", "title": "Geld", "sheet": "Kurz", "blocks": [ { "type": "fields", "fields": [ { "figure": "spent_cumulative", "label": "Bisher ausgegeben" } ] } ] } ] }
            """);

        var (code, _, _) = cli.Run("report", "quarterly", "--project", "P1", "--period", "2018-Q2", "--template", "short.json", "--format", "xlsx", "--out", "out");

        using var workbook = new XLWorkbook(Path.Combine(cli.Out, "quartalsbericht_P1_2018-Q2.xlsx"));
        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(workbook.Worksheets.Select(w => w.Name), Is.EqualTo(new[] { "Kurz" }));
        Assert.That(workbook.Worksheet("Kurz").CellsUsed().First(c => c.GetString() == "Bisher ausgegeben").CellRight().GetValue<decimal>(), Is.EqualTo(17_000m));
    }

    [Test]
    public void Report_MissingNarrative_ExitsInvalidInput()
    {
        using var cli = new ReportCli();

        var (code, _, error) = cli.Run("report", "proof", "--project", "P1", "--period", "runtime", "--narrative", "fehlt.md", "--out", "out");

        Assert.That(code, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(error, Does.Contain("fehlt.md: narrative file not found"));
    }

    [Test]
    public void Report_DatabaseNotInitialised_ExitsEnvironmentAndSaysHow()
    {
        using var cli = new ReportCli(seed: false);

        var (code, _, error) = cli.Run("report", "quarterly", "--project", "P1", "--period", "2018-Q2");

        Assert.That(code, Is.EqualTo(ExitCodes.Environment));
        Assert.That(error, Does.Contain("fundingreports init"));
    }

    [Test]
    public void Report_TwoScopes_ExitsUsage()
    {
        using var cli = new ReportCli();

        var (code, _, error) = cli.Run("report", "targets", "--project", "P1", "--region", "Hagen", "--period", "2018");

        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error, Does.Contain("at most one of"));
    }

    [Test]
    public void Report_PayeeInChineseWithFallbackOff_WritesThePdfAndWarnsOnStderr()
    {
        using var cli = new ReportCli(seed: false);
        using (var store = Reporting.Core.Storage.StoreFactory.Open(cli.DbPath, create: true))
        {
            store.Migrate();
            var s = Support.SmallProject.Snapshot();
            var expenditures = s.Expenditures.Select((e, i) => i == 0 ? e with { Payee = "北京贸易" } : e).ToList();
            store.Save(new Reporting.Core.Storage.ImportBatch([s.Program], [s.Project], s.BudgetLines, s.Participants, s.Placements, expenditures, s.Disbursements));
        }
        cli.Environment["FUNDREPORTS_FONT_FALLBACK"] = "off";

        var (code, output, error) = cli.Run("report", "proof", "--project", "P1", "--period", "runtime", "--format", "pdf", "--out", "out");

        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(output, Does.Contain("verwendungsnachweis_P1_runtime.pdf"));
        Assert.That(File.Exists(Path.Combine(cli.Out, "verwendungsnachweis_P1_runtime.pdf")), Is.True);
        Assert.That(error, Does.Contain("warning: verwendungsnachweis_P1_runtime.pdf: characters '北' (U+5317), '京' (U+4EAC)").And.Contain("in \"北京贸易\""));
    }
}
