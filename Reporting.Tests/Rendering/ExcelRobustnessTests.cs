using System.Xml.Linq;
using ClosedXML.Excel;
using Reporting.Core.Domain;
using Reporting.Core.Excel;
using Reporting.Core.Forms;
using Reporting.Core.Forms.Rendering;
using Reporting.Core.Reports;
using Reporting.Tests.Excel;
using Reporting.Tests.Support;
using static Reporting.Tests.Rendering.RenderFixtures;

namespace Reporting.Tests.Rendering;

/// <summary>No stored data crashes an xlsx form: names over Excel's header limit, control characters from copied Word
/// text, texts over Excel's cell limit; and a failure while rendering surfaces as itself.</summary>
public sealed class ExcelRobustnessTests
{
    private static readonly string LongName = string.Concat(Enumerable.Repeat("Qualifizierung & Beschäftigung Nord\u000b", 8));

    private static DataSet Changed(Func<ProjectSnapshot, ProjectSnapshot> change)
    {
        var snapshot = change(SmallProject.Snapshot());
        return new DataSet([snapshot.Program], [snapshot]);
    }

    private static DataSet LongNamedProject() => Changed(s => s with { Project = s.Project with { Name = LongName } });

    private static IEnumerable<string> Forms() => RenderFixtures.Forms;

    [TestCaseSource(nameof(Forms))]
    public void Xlsx_ProjectNameOf300CharactersWithAVerticalTab_RendersWithHeaderAndPropertiesCut(string form)
    {
        var document = Build(LongNamedProject(), form, form is "quarterly" or "proof" ? ReportScope.Project("P1") : ReportScope.AllProjects,
            form == "proof" ? "runtime" : "2018-Q2");

        var xlsx = Xlsx(document);
        using var book = new XLWorkbook(new MemoryStream(xlsx));
        var core = XlsxTestFiles.Part(xlsx, "docProps/core.xml");
        var headers = Enumerable.Range(1, book.Worksheets.Count)
            .SelectMany(i => XlsxTestFiles.Part(xlsx, $"xl/worksheets/sheet{i}.xml").Descendants().Where(e => e.Name.LocalName is "oddHeader" or "oddFooter"))
            .Select(e => e.Value).ToList();

        Assert.That(LongName, Has.Length.GreaterThan(255));
        Assert.That(headers, Is.Not.Empty.And.All.Length.LessThanOrEqualTo(XlsxPrintSetup.MaxHeaderFooterLength));
        Assert.That(core.Descendants().Where(e => e.Name.LocalName is "title" or "subject" or "description").Select(e => e.Value),
            Is.All.Length.LessThanOrEqualTo(XlsxText.MaxPropertyLength));
        if (form is "quarterly" or "proof")
        {
            Assert.That(book.Worksheet(1).PageSetup.Header.Left.GetText(XLHFOccurrence.OddPages), Does.Contain("P1 – Qualifizierung && Beschäftigung Nord Qualif").And.EndWith("…"));
            Assert.That(book.Worksheet(1).Cell("A1").GetString(), Is.EqualTo($"{document.Header.Title} – P1 – {LongName}"), "the heading cell keeps the whole name, vertical tab included");
        }
    }

    [Test]
    public void Xlsx_VoucherTextsWithControlCharactersAndOver32767Characters_AreWrittenAsDocumented()
    {
        var purpose = "Rechnung\u000bSeite 2\u0001" + new string('x', 40_000);
        var data = Changed(s => s with
        {
            Expenditures = [.. s.Expenditures.Select((e, i) => i == 0 ? e with { Payee = "Müller\u0007 & Söhne\uFFFE", Description = purpose } : e)],
        });

        using var book = new XLWorkbook(new MemoryStream(Xlsx(Build(data, "proof", ReportScope.Project("P1"), "runtime"))));
        var sheet = book.Worksheet("Belegliste");
        var row = sheet.RowsUsed().First(r => r.Cell(3).GetString() == "V1");

        Assert.That(row.Cell(5).GetString(), Is.EqualTo("Müller\u0007 & Söhne\uFFFE"));
        Assert.That(row.Cell(6).GetString(), Has.Length.EqualTo(XlsxCell.MaxTextLength).And.StartWith("Rechnung\u000bSeite 2\u0001xxx").And.EndWith("x" + XlsxText.CutMark));
    }

    [Test]
    public void Xlsx_SheetNamesThatBreakExcelsRules_AreMadeValidAndUnique()
    {
        var document = Build(SmallProject.Data(), "quarterly", ReportScope.Project("P1"), "2018-Q2");
        var renamed = document with
        {
            Sections = [.. document.Sections.Select((s, i) => s with { Sheet = i % 2 == 0 ? "'Übersicht\u0001'" : "übersicht" })],
        };

        using var book = new XLWorkbook(new MemoryStream(Xlsx(renamed)));

        Assert.That(book.Worksheets.Select(s => s.Name), Is.EqualTo(new[] { "Übersicht", "übersicht (2)" }));
    }

    [Test]
    public void Render_RowSourceFailsHalfway_SurfacesThatErrorNotAPackageError()
    {
        var document = Build(SmallProject.Data(), "proof", ReportScope.Project("P1"), "runtime");
        var failing = document with
        {
            Sections = [.. document.Sections.Select(s => s with
            {
                Blocks = [.. s.Blocks.Select(b => b is TableBlock { IsList: true } t ? t with { Rows = new FailingRows(t.Rows, after: 2) } : b)],
            })],
        };

        Assert.That(() => ExcelFormRenderer.Render(failing, new MemoryStream()),
            Throws.InvalidOperationException.With.Message.EqualTo(FailingRows.Message));
    }

    [Test]
    public void Write_RenderFails_LeavesNoFileBehind()
    {
        var document = Build(SmallProject.Data(), "proof", ReportScope.Project("P1"), "runtime");
        var failing = document with
        {
            Sections = [.. document.Sections.Select(s => s with
            {
                Blocks = [.. s.Blocks.Select(b => b is TableBlock { IsList: true } t ? t with { Rows = new FailingRows(t.Rows, after: 2) } : b)],
            })],
        };
        var folder = Directory.CreateTempSubdirectory("xlsx-fail-");
        try
        {
            var path = Path.Combine(folder.FullName, "proof.xlsx");

            Assert.That(() => AtomicFile.Write(path, s => ExcelFormRenderer.Render(failing, s)), Throws.InvalidOperationException.With.Message.EqualTo(FailingRows.Message));
            Assert.That(folder.GetFiles(), Is.Empty);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Rows that fail like a broken data source after some rows.</summary>
    private sealed class FailingRows(IReadOnlyList<FormRow> rows, int after) : IReadOnlyList<FormRow>
    {
        public const string Message = "Datenquelle nicht erreichbar";

        public FormRow this[int index] => index < after ? rows[index] : throw new InvalidOperationException(Message);

        public int Count => rows.Count;

        public IEnumerator<FormRow> GetEnumerator()
        {
            for (var i = 0; i < rows.Count; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
