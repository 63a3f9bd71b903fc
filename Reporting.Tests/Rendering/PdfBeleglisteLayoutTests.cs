using System.Globalization;
using Reporting.Core.Forms.Rendering;
using Reporting.Core.Pdf.Document;
using Reporting.Core.Reports;
using Reporting.Tests.Pdf;
using UglyToad.PdfPig;
using static Reporting.Tests.Rendering.RenderFixtures;

namespace Reporting.Tests.Rendering;

/// <summary>The Belegliste of a Verwendungsnachweis read back with PdfPig: voucher numbers are identifiers and are never
/// broken, whatever their length; only free text wraps.</summary>
public sealed class PdfBeleglisteLayoutTests
{
    private const int Vouchers = 400;

    private static string Dortmund(int i) => string.Create(CultureInfo.InvariantCulture, $"DO-SCLA-ANL-{i:D5}");

    private static string Long(int i) => string.Create(CultureInfo.InvariantCulture, $"ZUWENDUNGSBESCHEID-2017-ARBEITSMARKT-NRW-{i:D6}");

    private static string Payee(int i) => i % 3 == 0 ? "Dortmunder Qualifizierungsverbund gGmbH" : "Werkhof Nordstadt e.V.";

    [Test]
    public void Pdf_VerwendungsnachweisWithDortmundVoucherNumbers_EveryNumberOnceAsOneWordOnPortraitPages()
    {
        var document = Build(SyntheticProject.Data(Vouchers, Dortmund, Payee), "proof", ReportScope.Project("SYN"), "runtime");

        var words = VoucherWords(RenderPdf(document).Pdf, "DO-SCLA", out var portrait);

        // The list is grouped by cost category, so the numbers are compared as a sorted list.
        Assert.That(words.Order(StringComparer.Ordinal), Is.EqualTo(Enumerable.Range(1, Vouchers).Select(Dortmund)), "every voucher number once, whole");
        Assert.That(portrait, Is.True, "the Belegliste fits a portrait page");
    }

    [Test]
    public void Pdf_VoucherNumbersTooWideForPortrait_SwitchesToLandscapeAndKeepsThemWhole()
    {
        var document = Build(SyntheticProject.Data(60, Long, Payee), "proof", ReportScope.Project("SYN"), "runtime");

        var layout = PdfFormRenderer.Compose(document, TestFonts.Set).Layout;
        var words = VoucherWords(RenderPdf(document).Pdf, "ZUWENDUNGSBESCHEID", out _);

        Assert.That(layout, Is.EqualTo(PageLayout.A4Landscape));
        Assert.That(words.Order(StringComparer.Ordinal), Is.EqualTo(Enumerable.Range(1, 60).Select(Long)));
    }

    /// <summary>Every word starting with <paramref name="prefix"/>, as PdfPig splits the pages into words.</summary>
    private static List<string> VoucherWords(byte[] pdf, string prefix, out bool portrait)
    {
        using var document = PdfDocument.Open(pdf);
        portrait = document.GetPages().All(p => p.Height > p.Width);
        return document.GetPages()
            .SelectMany(p => p.GetWords().Where(w => w.Text.StartsWith(prefix, StringComparison.Ordinal)))
            .Select(w => w.Text).ToList();
    }
}
