using System.Collections.Concurrent;
using Reporting.Core.Domain;
using Reporting.Core.Forms;
using Reporting.Core.Forms.Rendering;
using Reporting.Core.Import;
using Reporting.Core.Pdf.Document;
using Reporting.Core.Reports;
using Reporting.Core.Storage;
using Reporting.Tests.Pdf;
using Reporting.Tests.Support;

namespace Reporting.Tests.Rendering;

/// <summary>One form to build and render: a data set (SmallProject, a sample folder or a synthetic project), scope and period.</summary>
public sealed record FormCase(string Name, string Form, string Data, ReportScope Scope, string Period, bool Publish = false)
{
    public DataSet DataSet => RenderFixtures.DataSetOf(Data);

    public FormDocument Build() => RenderFixtures.Build(DataSet, Form, Scope, Period, Publish);

    public override string ToString() => Name;
}

/// <summary>Builds forms with a fixed "today" and generation time, renders them and caches imported samples.</summary>
internal static class RenderFixtures
{
    public static readonly DateOnly Today = new(2026, 11, 23);
    public static readonly DateTimeOffset GeneratedAt = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(1));
    public const string Small = "small";
    public static readonly string[] Forms = ["quarterly", "proof", "targets", "monthly"];

    private static readonly ConcurrentDictionary<string, DataSet> Samples = new();

    public static FormTemplate Template(string form) =>
        TemplateLoader.Load(Path.Combine(RepoPaths.Templates, FormKinds.DefaultTemplateFile(form)), FormKinds.CatalogFor).Template!;

    public static FormDocument Build(DataSet data, string form, ReportScope scope, string period, bool publish = false) =>
        FormBuilder.Build(new DataSetReader(data), new FormRequest(form, scope, PeriodSpec.Parse(period).GetValueOrThrow(), Template(form), Today, GeneratedAt, publish,
            Narrative: "Das Projekt lief planmäßig.\n\n- Punkt eins\n- Punkt zwei")).Single().Document;

    /// <summary>SmallProject or a folder of <c>samples/</c>, imported once into an in-memory store.</summary>
    public static DataSet DataSetOf(string name) => name == Small ? SmallProject.Data() : Samples.GetOrAdd(name, Import);

    private static DataSet Import(string folder)
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Samples, folder), "*.csv").Order(StringComparer.Ordinal)
            .Select(path => ImportFile.Read(path, Path.GetFileName(path))).ToArray();
        using var store = new SqliteStore(":memory:");
        var outcome = ImportService.Run(store, files);
        Assert.That(outcome.Succeeded, Is.True, $"sample {folder} imports cleanly");
        return store.Load();
    }

    /// <summary>Every form on SmallProject and on the first project (or all projects) of each sample, with a quarter
    /// one year after the project's start for the period forms.</summary>
    public static IEnumerable<TestCaseData> AllCases()
    {
        foreach (var form in Forms)
        {
            yield return Case(new FormCase($"{form} SmallProject", form, Small, ScopeFor(form, "P1"), PeriodFor(form, "2018-Q2")));
        }
        foreach (var (folder, project, quarter) in SampleProjects)
        {
            foreach (var form in Forms)
            {
                yield return Case(new FormCase($"{form} {folder}", form, folder, ScopeFor(form, project), PeriodFor(form, quarter)));
            }
        }
    }

    public static IEnumerable<TestCaseData> SmallCases() => AllCases().Where(c => ((FormCase)c.Arguments[0]!).Data == Small);

    /// <summary>Sample folder, its first project and a quarter inside that project's runtime (from projects.csv).</summary>
    public static readonly (string Folder, string Project, string Quarter)[] SampleProjects =
    [
        ("dortmund-scla", "SCLA-DO", "2018-Q3"),
        ("offenbach-pro-arbeit", "OF-PC-2018", "2019-Q1"),
        ("soziale-teilhabe-nrw", "ST-UN", "2018-Q1"),
    ];

    private static ReportScope ScopeFor(string form, string project) => FormKinds.IsPerProject(form) ? ReportScope.Project(project) : ReportScope.AllProjects;

    private static string PeriodFor(string form, string quarter) => form == "proof" ? "runtime" : quarter;

    private static TestCaseData Case(FormCase c) => new TestCaseData(c).SetArgDisplayNames(c.Name);

    public static byte[] Xlsx(FormDocument document)
    {
        using var stream = new MemoryStream();
        ExcelFormRenderer.Render(document, stream);
        return stream.ToArray();
    }

    public static (byte[] Pdf, PdfRenderResult Result) RenderPdf(FormDocument document)
    {
        using var stream = new MemoryStream();
        var result = PdfFormRenderer.Render(document, stream, TestFonts.Set);
        return (stream.ToArray(), result);
    }

    public static IEnumerable<FormField> Fields(FormDocument document) => document.Blocks.OfType<FieldsBlock>().SelectMany(b => b.Fields);

    public static FormField Field(FormDocument document, string key) => Fields(document).First(f => f.Key == key);

    public static TableBlock Table(FormDocument document, string key) => document.Blocks.OfType<TableBlock>().Single(t => t.Key == key);
}
