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
    private static readonly int[] Seeds = [1, 2, 3, 4, 5, 6, 7, 8];

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
        var written = 0;
        foreach (var period in form == "monthly" ? MonthlyPeriods : Periods)
        {
            var output = Path.Combine(_dir, $"{form}-{written}");
            var job = new ReportJob(form, ReportScope.AllProjects, PeriodSpec.Parse(period).GetValueOrThrow(), ReportService.Formats, output,
                Publish: seed % 2 == 0, NarrativePath: null);
            IReadOnlyList<string> files;
            try
            {
                files = ReportService.Run(data, job, Context);
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

    [Test]
    public void Figures_ProjectOpenUntilYear9999_AllFiguresWithoutAFinalDeadline()
    {
        var snapshot = ExtremeRecords.Create(1).Projects[0] with { };
        var project = snapshot.Project with { Runtime = new DateRange(new DateOnly(2018, 1, 1), DateOnly.MaxValue) };

        var figures = FigureCalculator.Compute(snapshot with { Project = project }, ReportingPeriod.Quarter(2018, 1));

        Assert.That(figures.Deadlines, Has.Count.EqualTo(9999 - 2018), "one Zwischennachweis per budget year, no Verwendungsnachweis");
        Assert.That(figures.Deadlines[^1], Is.EqualTo(new ReportingDeadline(DeadlineKind.Interim, 9998, new DateOnly(9999, 4, 30), DeadlineStatus.Open)));
        Assert.That(figures.NextDeadline, Is.EqualTo(new ReportingDeadline(DeadlineKind.Interim, 2018, new DateOnly(2019, 4, 30), DeadlineStatus.Open)));
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

    private static DateOnly Day(JsonElement e) => DateOnly.Parse(e.GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    private static Dictionary<string, JsonElement> Fields(JsonElement root) =>
        root.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("blocks").EnumerateArray())
            .Where(b => b.GetProperty("type").GetString() == "fields")
            .SelectMany(b => b.GetProperty("fields").EnumerateObject())
            .GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.First().Value);
}
