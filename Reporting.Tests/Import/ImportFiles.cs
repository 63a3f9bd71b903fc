using System.Text;
using Reporting.Core.Domain;
using Reporting.Core.Import;
using Reporting.Core.Storage;
using Reporting.Tests.Support;

namespace Reporting.Tests.Import;

/// <summary>Import files built inline from lines of text.</summary>
internal static class ImportFiles
{
    public static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

    public static ImportFile Utf8(string name, string text, RecordKind? kind = null) =>
        new(name, new UTF8Encoding(false).GetBytes(text), kind);

    public static ImportFile Windows1252(string name, string text, RecordKind? kind = null) =>
        new(name, TextDecoder.Windows1252.GetBytes(text), kind);

    /// <summary>A database with program P-LAND, project SCLA (2017-07-01 to 2019-09-30), budget lines Personal and
    /// Sachkosten, and participant TN-001 (entry 2017-08-01).</summary>
    public static DataSet Existing()
    {
        var project = TestData.Project();
        var snapshot = new ProjectSnapshot(
            project,
            TestData.Program(),
            [
                new BudgetLine(project.Id, "Personal", "Personalkosten", Money.Euros(4_000_000m)),
                new BudgetLine(project.Id, "Sachkosten", null, Money.Euros(1_800_000m)),
            ],
            [TestData.Participant("TN-001", "2017-08-01")],
            [], [], []);
        return new DataSet([TestData.Program()], [snapshot]);
    }

    public static ImportOutcome Validate(params ImportFile[] files) => CsvImporter.Validate(files, Existing());

    /// <summary>The problems rendered as the CLI prints them.</summary>
    public static string[] Rendered(this IEnumerable<ImportProblem> problems) => problems.Select(p => p.ToString()).ToArray();
}
