using System.Text.Json;
using Reporting.Cli;
using Reporting.Core.Generation;
using Reporting.Core.Storage;
using Reporting.Tests.Cli;
using Reporting.Tests.Support;
using static Reporting.Tests.Generation.GeneratedCsv;

namespace Reporting.Tests.Generation;

/// <summary>A generated data set through the normal path: <c>import</c>, then <c>figures</c> and every form, compared
/// with what the files say when read without the importer.</summary>
public partial class DataGeneratorTests
{
    private (int Code, string Out, string Error) Cli(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var env = new Dictionary<string, string?> { ["FUNDREPORTS_TEMPLATES"] = RepoPaths.Templates };
        var context = new CliContext(output, error, _dir, name => env.GetValueOrDefault(name),
            new FixedClock(new DateTimeOffset(2025, 3, 31, 9, 0, 0, TimeSpan.Zero)));
        return (CliApp.Run([.. args, "--db", Folder("set.db")], context), output.ToString(), error.ToString());
    }

    private GenerationSummary GenerateAndImport()
    {
        var summary = DataGenerator.Write(Small, Folder("set"));
        var (code, _, error) = Cli(["import", .. summary.Files.Select(f => f.Path)]);
        Assert.That((code, error), Is.EqualTo((ExitCodes.Ok, "")));
        return summary;
    }

    [Test]
    public void Figures_OfAGeneratedProjectOverItsRuntime_AgreeWithTheFiles()
    {
        var summary = GenerateAndImport();
        var id = summary.LargestProject;
        var project = FileOf(summary, RecordKind.Projects).Where("Projekt-ID", id).Single();
        var end = Date(project[6]);

        var (code, json, error) = Cli("figures", "--project", id, "--period", "runtime", "--format", "json");

        Assert.That(code, Is.EqualTo(ExitCodes.Ok), error);
        using var figures = JsonDocument.Parse(json);
        var root = figures.RootElement;
        var people = FileOf(summary, RecordKind.Participants).Where("Projekt-ID", id).ToList();
        var participants = root.GetProperty("participants");
        Assert.That(participants.GetProperty("entries_cumulative").GetInt32(), Is.EqualTo(people.Count));
        Assert.That(participants.GetProperty("exits").GetInt32(), Is.EqualTo(people.Count(r => r[3] != "")));
        Assert.That(participants.GetProperty("places").GetInt32(), Is.EqualTo(int.Parse(project[11], System.Globalization.CultureInfo.InvariantCulture)));

        var targetKinds = project[12] == "" ? new[] { "svB", "Ausbildung" } : project[12] == "employment" ? ["svB"] : ["svB", "Ausbildung", "Selbständigkeit"];
        var placed = FileOf(summary, RecordKind.Placements).Where("Projekt-ID", id).Where(r => targetKinds.Contains(r[3])).Select(r => r[1]).Distinct().Count();
        Assert.That(root.GetProperty("placements").GetProperty("placements_cumulative").GetInt32(), Is.EqualTo(placed));

        var funding = root.GetProperty("funding");
        var spent = FileOf(summary, RecordKind.Expenditures).Where("Projekt-ID", id).Sum(r => Amount(r[4]));
        var approved = FileOf(summary, RecordKind.BudgetLines).Where("Projekt-ID", id).Sum(r => Amount(r[3]));
        var received = FileOf(summary, RecordKind.Disbursements).Where("Projekt-ID", id).Where(r => Date(r[3]) <= end).Sum(r => Amount(r[4]));
        Assert.That(funding.GetProperty("spent_cumulative").GetDecimal(), Is.EqualTo(spent));
        Assert.That(funding.GetProperty("total_budget").GetDecimal(), Is.EqualTo(approved));
        Assert.That(funding.GetProperty("grant").GetDecimal(), Is.EqualTo(Amount(project[7])));
        Assert.That(funding.GetProperty("disbursed_cumulative").GetDecimal(), Is.EqualTo(received));
        Assert.That(funding.GetProperty("utilisation").GetDecimal(), Is.InRange(0.8m, 1.1m), "spending about the approved amounts");
    }

    [Test]
    public void Forms_OfAGeneratedDataSet_RenderForItsProjectsAndTheMonthlyExportSumsToTheVouchers()
    {
        var summary = GenerateAndImport();
        var id = summary.LargestProject;
        var output = Folder("out");

        Assert.That(Cli("report", "proof", "--project", id, "--period", "runtime", "--format", "xlsx,pdf", "--out", output).Code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(Cli("report", "quarterly", "--project", id, "--period", Quarter(summary, id), "--format", "xlsx,pdf", "--out", output).Code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(Cli("report", "targets", "--all", "--period", "2024", "--format", "pdf", "--out", output).Code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(Cli("targets", "--as-of", "2024-12-31").Code, Is.EqualTo(ExitCodes.Ok));
        var (code, _, error) = Cli("report", "monthly", "--all", "--period", "2015-01-01..2024-12-31", "--format", "csv", "--out", output, "--csv-style", "iso");
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), error);

        Assert.That(Directory.GetFiles(output, "*.pdf"), Has.Length.EqualTo(3));
        var monthly = File.ReadAllLines(Directory.GetFiles(output, "*.csv").Single());
        var header = monthly.First(l => l.StartsWith("project_id", StringComparison.Ordinal)).Split(',');
        var rows = monthly.SkipWhile(l => !l.StartsWith("project_id", StringComparison.Ordinal)).Skip(1).Select(l => l.Split(',')).Where(r => r.Length == header.Length).ToList();
        var spentColumn = Array.IndexOf(header, "spent");
        var vouchers = FileOf(summary, RecordKind.Expenditures).Rows.Sum(r => Amount(r[4]));
        Assert.That(rows.Select(r => r[0]).Distinct().Count(), Is.EqualTo(Small.Projects));
        Assert.That(rows.Sum(r => decimal.Parse(r[spentColumn], System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(vouchers));
    }

    private static string Quarter(GenerationSummary summary, string id)
    {
        var start = Date(FileOf(summary, RecordKind.Projects).Where("Projekt-ID", id).Single()[5]).AddMonths(3);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{start.Year}-Q{(start.Month - 1) / 3 + 1}");
    }
}
