using System.Globalization;
using System.Text.RegularExpressions;
using Reporting.Core.Reports;
using UglyToad.PdfPig;
using static Reporting.Tests.Rendering.RenderFixtures;

namespace Reporting.Tests.Rendering;

/// <summary>A PDF Belegliste of 10,000 vouchers read back page by page with PdfPig.</summary>
public sealed partial class PdfLargeBeleglisteTests
{
    private const int Vouchers = 10_000;

    [GeneratedRegex(@"^BX-\d{5}$")]
    private static partial Regex VoucherWord();

    [Test]
    public void Pdf_Belegliste10000Vouchers_EveryVoucherOnceInOrderUnderARepeatedHeader()
    {
        var (pdf, result) = RenderPdf(Build(SyntheticProject.Data(Vouchers), "proof", ReportScope.Project("SYN"), "runtime"));
        using var document = PdfDocument.Open(pdf);
        var seen = new List<string>();
        var running = new List<int>();
        var pagesWithVouchers = 0;
        var pagesWithoutHeader = new List<int>();

        foreach (var page in document.GetPages())
        {
            var words = page.GetWords().ToList();
            var vouchers = words.Where(w => VoucherWord().IsMatch(w.Text)).ToList();
            if (vouchers.Count == 0)
            {
                continue;
            }
            pagesWithVouchers++;
            if (!page.Text.Contains("Beleg-Nr.", StringComparison.Ordinal))
            {
                pagesWithoutHeader.Add(page.Number);
            }
            foreach (var voucher in vouchers.OrderByDescending(w => w.BoundingBox.Bottom))
            {
                seen.Add(voucher.Text);
                // The running number is the leftmost word on the voucher's line.
                var first = words.Where(w => Math.Abs(w.BoundingBox.Bottom - voucher.BoundingBox.Bottom) < 0.5).MinBy(w => w.BoundingBox.Left)!;
                running.Add(int.Parse(first.Text.Replace(".", "", StringComparison.Ordinal), CultureInfo.InvariantCulture));
            }
        }

        Assert.That(document.NumberOfPages, Is.EqualTo(result.Pages));
        Assert.That(seen, Has.Count.EqualTo(Vouchers), "every voucher number once");
        Assert.That(seen.Distinct().Count(), Is.EqualTo(Vouchers));
        Assert.That(seen.Order(StringComparer.Ordinal), Is.EqualTo(Enumerable.Range(1, Vouchers).Select(SyntheticProject.VoucherNo)));
        Assert.That(running, Is.EqualTo(Enumerable.Range(1, Vouchers)), "running numbers 1..10,000 in reading order");
        Assert.That(pagesWithVouchers, Is.GreaterThan(100));
        Assert.That(pagesWithoutHeader, Is.Empty, "pages carrying vouchers without the table header");
    }
}
