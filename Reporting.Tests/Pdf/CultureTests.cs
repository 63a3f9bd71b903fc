using System.Globalization;
using Reporting.Core.Pdf.Elements;
using UglyToad.PdfPig;
using static Reporting.Tests.Pdf.LayoutFixtures;

namespace Reporting.Tests.Pdf;

public sealed class CultureTests
{
    [TestCase("tr-TR")]
    [TestCase("fa-IR")]
    public void Render_UnderHostileCulture_SameTextAsInvariant(string culture)
    {
        var expected = PageTexts(CultureInfo.InvariantCulture);

        Assert.That(PageTexts(new CultureInfo(culture)), Is.EqualTo(expected));
    }

    private static List<string> PageTexts(CultureInfo culture)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            using var output = new MemoryStream();
            Builder().Add(new Table(Columns, Rows(60), "Ausgaben")).Render(output, TestFonts.Set);
            using var document = PdfDocument.Open(output.ToArray());
            return document.GetPages().Select(p => p.Text).ToList();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
