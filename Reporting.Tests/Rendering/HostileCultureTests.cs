using System.Globalization;
using ClosedXML.Excel;
using Reporting.Core.Forms;
using Reporting.Tests.Excel;
using static Reporting.Tests.Rendering.RenderFixtures;

namespace Reporting.Tests.Rendering;

/// <summary>Building and rendering under tr-TR (dotted/dotless i), fa-IR (Persian calendar and digits) and th-TH
/// (Buddhist calendar) gives exactly what the invariant run gives.</summary>
public sealed class HostileCultureTests
{
    [TestCase("tr-TR")]
    [TestCase("fa-IR")]
    public void Xlsx_QuarterlyUnderHostileCulture_DumpEqualsTheInvariantRun(string culture)
    {
        var form = new FormCase("quarterly", "quarterly", "soziale-teilhabe-nrw", Core.Reports.ReportScope.Project("ST-UN"), "2018-Q1");
        var invariant = Under(CultureInfo.InvariantCulture, () => Xlsx(form.Build()));
        var hostile = Under(CultureInfo.GetCultureInfo(culture), () => Xlsx(form.Build()));

        using var book = new XLWorkbook(new MemoryStream(hostile));
        Assert.That(book.Properties.Comments, Does.EndWith("Stichtag 31.03.2018"), "document description, written under the hostile culture");
        Assert.That(XlsxDump.Lines(hostile), Is.EqualTo(XlsxDump.Lines(invariant)));
        Assert.That(hostile, Is.EqualTo(invariant), "same bytes");
    }

    [TestCase("tr-TR")]
    [TestCase("fa-IR")]
    public void Pdf_ProofUnderHostileCulture_TextAndMetadataEqualTheInvariantRun(string culture)
    {
        var form = new FormCase("proof", "proof", Small, Core.Reports.ReportScope.Project("P1"), "runtime");
        string Read(byte[] pdf)
        {
            using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
            var info = document.Information;
            return string.Join("\n", document.GetPages().Select(p => p.Text).Prepend($"{info.Title}|{info.Subject}|{info.Keywords}|{info.CreationDate}"));
        }
        var invariant = Under(CultureInfo.InvariantCulture, () => RenderPdf(form.Build()).Pdf);
        var hostile = Under(CultureInfo.GetCultureInfo(culture), () => RenderPdf(form.Build()).Pdf);

        Assert.That(Read(hostile), Is.EqualTo(Read(invariant)));
    }

    [TestCase("fa-IR")]
    [TestCase("th-TH")]
    public void Build_PeriodOutsideRuntimeUnderHostileCulture_MessageNamesTheRuntimeInIsoDates(string culture)
    {
        var message = Under(CultureInfo.GetCultureInfo(culture), () =>
        {
            var error = Assert.Throws<FormBuildException>(() => Build(DataSetOf(Small), "quarterly", Core.Reports.ReportScope.Project("P1"), "2019-Q1"));
            return error!.Message;
        });

        Assert.That(message, Does.EndWith("(2018-01-01..2018-12-31)"), "a Persian or Buddhist calendar must not leak into the message");
    }

    private static T Under<T>(CultureInfo culture, Func<T> action)
    {
        var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = ui;
        }
    }
}
