using System.Diagnostics;
using Reporting.Core.Pdf.Document;
using Reporting.Core.Pdf.Elements;
using UglyToad.PdfPig;
using static Reporting.Tests.Pdf.LayoutFixtures;

namespace Reporting.Tests.Pdf;

/// <summary>Real PDFs read back with PdfPig: what a reader sees, not what we meant to draw.</summary>
public sealed class PdfOutputTests
{
    private static readonly DateTime Created = new(2018, 10, 2, 8, 30, 0, DateTimeKind.Utc);

    [Test]
    public void Render_ThreePageTable_ReaderSeesPagesGermanTextAndPageLabels()
    {
        var pdf = Render(SampleDocument(120));

        using var document = PdfDocument.Open(pdf);
        Assert.That(document.NumberOfPages, Is.EqualTo(3));
        var first = document.GetPage(1).Text;
        Assert.That(first, Does.Contain("Zuwendungsempfänger"));
        Assert.That(first, Does.Contain("Träger für Arbeit und Qualifizierung gGmbH"));
        Assert.That(first, Does.Contain("1.234,56 €"));
        Assert.That(first, Does.Contain("Größere Beträge, Übersicht der Maßnahmen"));
        for (int page = 1; page <= 3; page++)
        {
            Assert.That(document.GetPage(page).Text, Does.Contain($"Seite {page} von 3"));
        }

        Assert.That(document.GetPage(2).Text, Does.Contain("Ausgaben (Fortsetzung)"));
    }

    [Test]
    public void Render_Portrait_MediaBoxIsA4()
    {
        using var document = PdfDocument.Open(Render(SampleDocument(5)));

        var page = document.GetPage(1);
        Assert.That((page.Width, page.Height), Is.EqualTo((595d, 842d)));
    }

    [Test]
    public void Render_Landscape_MediaBoxIsA4Landscape()
    {
        using var document = PdfDocument.Open(Render(new PdfDocumentBuilder(PageLayout.A4Landscape).Add(new Paragraph("quer"))));

        var page = document.GetPage(1);
        Assert.That((page.Width, page.Height), Is.EqualTo((842d, 595d)));
    }

    [Test]
    public void Render_Metadata_TitleAuthorAndCallerDatesWritten()
    {
        using var document = PdfDocument.Open(Render(SampleDocument(5)));

        Assert.That(document.Information.Title, Is.EqualTo("Verwendungsnachweis"));
        Assert.That(document.Information.Author, Is.EqualTo("Träger GmbH"));
        Assert.That(document.Information.Producer, Is.EqualTo("FundingReports"));
        Assert.That(document.Information.CreationDate, Does.StartWith("D:20181002083000"));
    }

    [Test]
    public void Render_OnePage_AtMost150KB()
    {
        var pdf = Render(SampleDocument(20));

        using var document = PdfDocument.Open(pdf);
        Assert.That(document.NumberOfPages, Is.EqualTo(1));
        Assert.That(pdf.Length, Is.LessThanOrEqualTo(150 * 1024));
    }

    [Test]
    public void Render_WithChart_ChartLabelsUseDocumentFontsAndStaySmall()
    {
        var plot = new ScottPlot.Plot();
        plot.Add.Bars([5.0, 7.0, 3.0]);
        plot.Title("Eintritte je Quartal");
        var pdf = Render(Builder().Add(new ChartElement(plot, 200)));

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        Assert.That(page.Text, Does.Contain("Eintritte je Quartal"));
        Assert.That(page.Letters.Select(l => l.FontName).Distinct().Count(), Is.LessThanOrEqualTo(2));
        Assert.That(pdf.Length, Is.LessThanOrEqualTo(150 * 1024));
    }

    [Test]
    public void Render_QpdfCheck_NoErrors()
    {
        var qpdfPath = Prerequisite.Executable("/usr/bin/qpdf", "apt-get install qpdf");
        var path = Path.Combine(Path.GetTempPath(), "pdf-check-" + Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(path, Render(SampleDocument(120)));
        try
        {
            using var qpdf = Process.Start(new ProcessStartInfo(qpdfPath, ["--check", path]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            string output = qpdf.StandardOutput.ReadToEnd() + qpdf.StandardError.ReadToEnd();
            qpdf.WaitForExit();

            Assert.That(qpdf.ExitCode, Is.EqualTo(0), output);
            Assert.That(output, Does.Contain("No syntax or stream encoding errors found"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static PdfDocumentBuilder SampleDocument(int rows) =>
        Builder()
            .WithMetadata(new PdfMetadata("Verwendungsnachweis", "Träger GmbH", "Zwischennachweis 2018-Q3", "FundingReports", "FundingReports", Created, Created))
            .Add(Paragraph.Heading("Zahlenmäßiger Nachweis"))
            .Add(new KeyValueBlock([new("Zuwendungsempfänger", "Träger für Arbeit und Qualifizierung gGmbH"), new("Aktenzeichen", "ESF-2018-0815")]))
            .Add(new Spacer(8))
            .Add(new Paragraph("Größere Beträge, Übersicht der Maßnahmen"))
            .Add(new Table(Columns, Rows(rows), "Ausgaben"))
            .Add(new Footnote("Werte unter 3 werden nicht ausgewiesen.", "*"))
            .Add(new SignatureElement("Großstadt, 02.10.2018"));

    private static byte[] Render(PdfDocumentBuilder builder)
    {
        using var output = new MemoryStream();
        builder.Render(output, TestFonts.Set);
        return output.ToArray();
    }
}
