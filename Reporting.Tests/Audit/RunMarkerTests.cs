using Reporting.Core.Audit;
using Reporting.Core.Forms.Writers;
using Reporting.Core.Reports;
using Reporting.Tests.Rendering;
using UglyToad.PdfPig;

namespace Reporting.Tests.Audit;

/// <summary>The run id a file carries is read back from each format, also when the PDF keywords hold characters that
/// are written as UTF-16.</summary>
public class RunMarkerTests
{
    private const string RunId = "0123456789abcdef01234567";

    private static Core.Forms.FormDocument Document(string ruleSet = "ANBest-P") =>
        RenderFixtures.Build(RenderFixtures.DataSetOf("dortmund-scla"), "quarterly", ReportScope.Project("SCLA-DO"), "2018-Q3") is var d
            ? d with { Header = d.Header with { RuleSet = ruleSet }, RunId = RunId }
            : throw new InvalidOperationException();

    private static string Write(byte[] bytes, string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), $"fr-marker-{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [TestCase("ANBest-P", TestName = "Keywords in PDFDocEncoding")]
    [TestCase("Förderrichtlinie 资助 ✓", TestName = "Keywords in UTF-16")]
    public void Read_Pdf_FindsTheRunIdInTheKeywords(string ruleSet)
    {
        var path = Write(RenderFixtures.RenderPdf(Document(ruleSet)).Pdf, ".pdf");
        try
        {
            using (var pdf = PdfDocument.Open(path))
            {
                Assert.That(pdf.Information.Keywords, Does.EndWith($"; {RunMarker.Prefix}{RunId}"));
            }
            Assert.That(RunMarker.Read(path), Is.EqualTo(RunId));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Read_XlsxAndJson_FindTheRunId()
    {
        using var json = new MemoryStream();
        FormJsonWriter.Write(Document(), json);
        var paths = new[] { Write(RenderFixtures.Xlsx(Document()), ".xlsx"), Write(json.ToArray(), ".json") };
        try
        {
            Assert.That(paths.Select(RunMarker.Read), Has.All.EqualTo(RunId));
            using var workbook = new ClosedXML.Excel.XLWorkbook(paths[0]);
        }
        finally
        {
            foreach (var p in paths) File.Delete(p);
        }
    }

    [Test]
    public void Read_FormRenderedOutsideARun_HasNoRunId()
    {
        using var json = new MemoryStream();
        FormJsonWriter.Write(Document() with { RunId = null }, json);
        var path = Write(json.ToArray(), ".json");
        try
        {
            Assert.That(File.ReadAllText(path), Does.Not.Contain("run_id"));
            Assert.That(RunMarker.Read(path), Is.Null);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
