using Reporting.Core.Audit;
using Reporting.Core.Domain;
using Reporting.Core.Forms;
using Reporting.Core.Reports;
using Reporting.Core.Storage;
using Reporting.Tests.Support;

namespace Reporting.Tests.Reports;

/// <summary>The values of a run's forms, which the audit trail records, wait in a temporary file instead of memory until
/// the run is recorded: read back as they were packed, and gone once the run is disposed.</summary>
public class RunFormValuesTests
{
    private static readonly ReportContext Context =
        new(new DateOnly(2026, 11, 23), new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(1)), RepoPaths.Templates);

    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("fr-run-values-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    private ReportJob Job(string form) => new(form, ReportScope.AllProjects, PeriodSpec.RuntimeSpec, ["json"], _dir);

    [Test]
    public void Execute_EachFormsValues_ReadBackAsTheFormsOwnValues()
    {
        var data = new DataSetReader(SmallProject.Data());
        var (built, _) = ReportService.Build(data, Job("proof"), Context);
        var expected = built.Single();

        using var run = ReportService.Execute(data, Job("proof"), Context);

        var form = run.Forms.Single();
        Assert.That(form.Key, Is.EqualTo(expected.FileBaseName));
        var values = FormValues.Unpack(form.Values);
        var own = FormValues.Of(expected.Document with { RunId = run.RunId });
        Assert.That(values, Is.EqualTo(own));
        Assert.That(values, Has.Count.GreaterThan(10));
        var first = form.Values;
        Assert.That(form.Values, Is.EqualTo(first), "read again, the same bytes");
    }

    [Test]
    public void Dispose_OfTheRun_LetsGoOfItsValues()
    {
        var before = Spooled();
        var run = ReportService.Execute(new DataSetReader(SmallProject.Data()), Job("quarterly"), Context);

        run.Dispose();

        Assert.That(() => run.Forms[0].Values, Throws.TypeOf<ObjectDisposedException>());
        Assert.That(Spooled().Except(before), Is.Empty, "no temporary file left behind");
    }

    private static string[] Spooled() => Directory.GetFiles(Path.GetTempPath(), "fundingreports-values-*");
}
