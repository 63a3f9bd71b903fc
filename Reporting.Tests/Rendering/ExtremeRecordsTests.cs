using Reporting.Core.Storage;
using System.Text.Json;
using ClosedXML.Excel;
using Reporting.Core.Domain;
using Reporting.Core.Figures;
using Reporting.Core.Forms;
using Reporting.Core.Reports;
using Reporting.Tests.Support;
using UglyToad.PdfPig;

namespace Reporting.Tests.Rendering;

/// <summary>Property: whatever records a store holds (<see cref="ExtremeRecords"/>), every form renders in every format
/// without an exception, every file reads back, and the numbers in it are the engine's. The only refusals allowed are
/// the user errors of an empty scope or a period outside the project.</summary>
public class ExtremeRecordsTests
{
    private static readonly int[] Seeds = [1, 2, 3, 4, 5, 6];

    private static readonly string[] Periods = ["runtime", "0001", "9999", "9999-12", "0001-Q1", "2018-02", "0001-01-01..9999-12-31"];

    /// <summary>The monthly export has a row per project and month: over 0001..9999 that is 120,000 rows a project, so it
    /// gets the calendar's edges instead of the whole calendar.</summary>
    private static readonly string[] MonthlyPeriods = ["9998-11-01..9999-12-31", "0001-01-01..0001-03-31", "9999-12", "0001", "2018-Q1"];

    private static readonly ReportContext Context =
        new(new DateOnly(2026, 11, 23), new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(1)), RepoPaths.Templates);

    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("fr-extreme-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    public static IEnumerable<TestCaseData> Cases() =>
        from seed in Seeds
        from form in FormKinds.All
        select new TestCaseData(seed, form).SetArgDisplayNames($"seed {seed}", form);

    [TestCaseSource(nameof(Cases))]
    public void Render_ExtremeRecords_EveryFormatWritesAndReadsBack(int seed, string form)
    {
        var data = ExtremeRecords.Create(seed);
        var narrative = Path.Combine(_dir, "sachbericht.md");
        // A file holds UTF-8, which has no lone surrogates.
        File.WriteAllText(narrative, Core.Text.UnicodeText.WellFormed(
            "# Sachbericht\n\n" + string.Join("\n\n", ExtremeRecords.Texts) + "\n- " + string.Join("\n- ", ExtremeRecords.Texts)));
        var written = 0;
        var periods = form == "monthly" ? MonthlyPeriods : Periods;
        for (var p = 0; p < periods.Length; p++)
        {
            var period = periods[p];
            var output = Path.Combine(_dir, $"{form}-{p}");
            var job = new ReportJob(form, ReportScope.AllProjects, PeriodSpec.Parse(period).GetValueOrThrow(), ReportService.Formats, output,
                Publish: seed % 2 == 0, NarrativePath: form == "proof" ? narrative : null);
            IReadOnlyList<string> files;
            try
            {
                files = ReportService.Run(new DataSetReader(data), job, Context);
            }
            catch (ReportException e) when (e.Kind == ReportErrorKind.NotFound)
            {
                Assert.That(Directory.Exists(output) ? Directory.GetFiles(output) : [], Is.Empty, $"{period}: nothing written when refused");
                continue;
            }
            Assert.That(Directory.GetFiles(output).Order(), Is.EqualTo(files.Order()), $"{period}: exactly the files reported, no temporary file");
            foreach (var file in files)
            {
                ReadBack(file, data, period);
            }
            written += files.Count;
        }
        Assert.That(written, Is.GreaterThan(0), "at least one period produced files");
    }

    private static void ReadBack(string file, DataSet data, string period)
    {
        var what = $"{Path.GetFileName(file)} ({period})";
        switch (Path.GetExtension(file))
        {
            case ".xlsx":
                using (var book = new XLWorkbook(file))
                {
                    Assert.That(book.Worksheets.Count, Is.GreaterThan(0), what);
                    CheckXlsxAgainstJson(book, Path.ChangeExtension(file, ".json"), what);
                }
                break;
            case ".pdf":
                using (var pdf = PdfDocument.Open(file))
                {
                    Assert.That(pdf.NumberOfPages, Is.GreaterThan(0), what);
                    Assert.That(pdf.GetPage(1).Text, Does.Contain($"Seite 1 von {pdf.NumberOfPages}"), what);
                }
                break;
            case ".json":
                using (var json = JsonDocument.Parse(File.ReadAllBytes(file)))
                {
                    CheckJsonAgainstEngine(json.RootElement, data, what);
                }
                break;
            case ".csv":
                Assert.That(new FileInfo(file).Length, Is.GreaterThan(0), what);
                break;
            default:
                Assert.Fail($"unexpected file {what}");
                break;
        }
    }

    /// <summary>A Quartalsbericht's spent_cumulative is the engine's for the project and period it names.</summary>
    private static void CheckJsonAgainstEngine(JsonElement root, DataSet data, string what)
    {
        var fields = Fields(root);
        if (!fields.TryGetValue("project_id", out var id) || !fields.TryGetValue("spent_cumulative", out var spent)
            || !fields.TryGetValue("period_from", out var from) || !fields.TryGetValue("period_to", out var to))
        {
            return;
        }
        var snapshot = data.Projects.Single(p => p.Project.Id.Value == id.GetString());
        var engine = FigureCalculator.Compute(snapshot, ReportingPeriod.Between(Day(from), Day(to)));
        Assert.That(spent.GetDecimal(), Is.EqualTo(engine.Funding.SpentCumulative.RoundToCents().Amount), what);
    }

    /// <summary>The workbook's "Ausgaben kumuliert" is the JSON's <c>spent_cumulative</c> (which the engine check covers).</summary>
    private static void CheckXlsxAgainstJson(XLWorkbook book, string json, string what)
    {
        var label = book.Worksheets.SelectMany(s => s.CellsUsed()).FirstOrDefault(c => c.GetString() == "Ausgaben kumuliert");
        if (label is null || !File.Exists(json))
        {
            return;
        }
        using var doc = JsonDocument.Parse(File.ReadAllBytes(json));
        Assert.That(label.CellRight().GetValue<decimal>(), Is.EqualTo(Fields(doc.RootElement)["spent_cumulative"].GetDecimal()), what);
    }

    private static DateOnly Day(JsonElement e) => DateOnly.Parse(e.GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    private static Dictionary<string, JsonElement> Fields(JsonElement root) =>
        root.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("blocks").EnumerateArray())
            .Where(b => b.GetProperty("type").GetString() == "fields")
            .SelectMany(b => b.GetProperty("fields").EnumerateObject())
            .GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.First().Value);
}
