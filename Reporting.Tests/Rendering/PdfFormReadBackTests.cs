using Reporting.Core.Forms;
using Reporting.Core.Forms.Rendering;
using Reporting.Core.Reports;
using UglyToad.PdfPig;
using static Reporting.Tests.Rendering.RenderFixtures;

namespace Reporting.Tests.Rendering;

/// <summary>Every form's PDF read back with PdfPig: page labels, German amounts and counts of the form, A4, metadata.</summary>
public sealed partial class PdfFormReadBackTests
{
    [TestCaseSource(typeof(RenderFixtures), nameof(AllCases))]
    public void Pdf_EveryForm_EveryPageSaysSeiteNVonM(FormCase form)
    {
        var (pdf, result) = RenderPdf(form.Build());
        using var document = PdfDocument.Open(pdf);

        Assert.That(document.NumberOfPages, Is.EqualTo(result.Pages).And.GreaterThan(0));
        for (var n = 1; n <= document.NumberOfPages; n++)
        {
            var page = document.GetPage(n);
            Assert.That(page.Text, Does.Contain($"Seite {n} von {result.Pages}"), $"page {n}");
            Assert.That((Math.Round(Math.Min(page.Width, page.Height)), Math.Round(Math.Max(page.Width, page.Height))), Is.EqualTo((595d, 842d)), $"page {n} is A4");
        }
    }

    [TestCaseSource(typeof(RenderFixtures), nameof(AllCases))]
    public void Pdf_EveryForm_ShowsEveryEuroFieldInGermanStyleAndTheTitle(FormCase form)
    {
        var built = form.Build();
        var (pdf, _) = RenderPdf(built);
        using var document = PdfDocument.Open(pdf);
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        // A long label may wrap in its column; the reader then loses the space at the break.
        var packed = Packed(text);
        var amounts = Fields(built).Where(f => f.Value.Kind == ValueKind.Euro && f.Value.Number is not null).ToList();

        Assert.That(document.Information.Title, Is.EqualTo($"{built.Header.Title} – {built.Header.ScopeLabel} – {built.Header.PeriodName}"));
        Assert.Multiple(() =>
        {
            foreach (var field in amounts)
            {
                Assert.That(packed, Does.Contain(Packed($"{field.Label}:{FormText.Format(field.Value)}")), $"{field.Key} as label and German amount");
            }
            foreach (var field in Fields(built).Where(f => f.Value.Kind == ValueKind.Count && f.Value.Number is not null))
            {
                Assert.That(packed, Does.Contain(Packed($"{field.Label}:{FormText.Format(field.Value)}")), $"{field.Key} as label and count");
            }
        });
        Assert.That(amounts.Count + Fields(built).Count(f => f.Value.Kind == ValueKind.Count), form.Form == "monthly" ? Is.Zero : Is.GreaterThan(1),
            "the monthly export template has no fields, only its list");
    }

    private static IEnumerable<TestCaseData> MonthlyCases() => AllCases().Where(c => ((FormCase)c.Arguments[0]!).Form == "monthly");

    /// <summary>The monthly export's 25 columns must still print each amount whole on one line: a reader (or a screen
    /// reader, or a copy into a spreadsheet) has to find <c>17.000,00 €</c>, not <c>17.000,0</c> and <c>0 €</c>.</summary>
    [TestCaseSource(nameof(MonthlyCases))]
    public void Pdf_Monthly_EveryEuroCellPrintsWholeInGermanStyle(FormCase form)
    {
        var built = form.Build();
        using var document = PdfDocument.Open(RenderPdf(built).Pdf);
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        var euros = Table(built, "monthly").Rows.SelectMany(r => r.Cells)
            .Where(c => c.Kind == ValueKind.Euro && c.Number is not null).Select(FormText.Format).Distinct().ToList();

        Assert.That(euros, Is.Not.Empty);
        Assert.That(euros.Where(e => !text.Contains(e, StringComparison.Ordinal)), Is.Empty, "euro cells not found whole in the PDF text");
    }

    /// <summary>Every "€" a reader sees stands right after a whole German amount on the same line (<c>1.234,56 €</c>);
    /// an amount wrapped inside a narrow cell leaves a fragment such as <c>00 €</c> or a lone <c>€</c>.</summary>
    [TestCaseSource(typeof(RenderFixtures), nameof(AllCases))]
    public void Pdf_EveryForm_NoAmountIsBrokenAcrossLines(FormCase form)
    {
        using var document = PdfDocument.Open(RenderPdf(form.Build()).Pdf);
        var broken = new List<string>();
        var euros = 0;

        foreach (var page in document.GetPages())
        {
            var words = page.GetWords().ToList();
            foreach (var euro in words.Where(w => w.Text == "€"))
            {
                euros++;
                var left = words.Where(w => Math.Abs(w.BoundingBox.Bottom - euro.BoundingBox.Bottom) < 0.5 && w.BoundingBox.Right <= euro.BoundingBox.Left + 0.5)
                    .MaxBy(w => w.BoundingBox.Right);
                if (left is null || euro.BoundingBox.Left - left.BoundingBox.Right > 6 || !GermanAmount().IsMatch(left.Text))
                {
                    broken.Add($"page {page.Number}: '{left?.Text} €'");
                }
            }
        }

        Assert.That(euros, Is.GreaterThan(0));
        Assert.That(broken, Is.Empty);
    }

    /// <summary>A rendered amount <c>1.234,56</c>; or a whole amount with a thousands point, as free text in the data
    /// writes it ("Einstellungsprämie 3.000 € je Einstellung", a Dortmund budget line).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^-?\d{1,3}((\.\d{3})*,\d{2}|(\.\d{3})+)$")]
    private static partial System.Text.RegularExpressions.Regex GermanAmount();

    [Test]
    public void Pdf_QuarterlySmallProject_ShowsTheHandWorkedAmounts()
    {
        var (pdf, _) = RenderPdf(Build(DataSetOf(Small), "quarterly", ReportScope.Project("P1"), "2018-Q2"));
        using var document = PdfDocument.Open(pdf);
        var text = string.Concat(document.GetPages().Select(p => p.Text));

        Assert.That(text, Does.Contain("17.000,00 €"), "spent_cumulative");
        Assert.That(text, Does.Contain("83.000,00 €"), "remaining");
        Assert.That(text, Does.Contain("3.000,00 €"), "overhang");
        Assert.That(text, Does.Contain("100.000,00 €"), "total budget");
    }

    [Test]
    public void Pdf_PublishedQuarterlyWithSmallCells_PrintsStarsAndTheConfidentialityNote()
    {
        var data = DataSetOf("soziale-teilhabe-nrw");
        var published = Build(data, "quarterly", ReportScope.Project("ST-HA"), "runtime", publish: true);
        var internalDoc = Build(data, "quarterly", ReportScope.Project("ST-HA"), "runtime");
        var suppressed = Table(published, "breakdowns").Rows.Where(r => r.Cells.Any(c => c.IsSuppressed)).ToList();
        var row = suppressed.First();
        var internalRow = Table(internalDoc, "breakdowns").Rows.First(r => r.Cells[0].Text == row.Cells[0].Text && r.Cells[1].Text == row.Cells[1].Text);
        string Text(FormDocument d) { using var pdf = PdfDocument.Open(RenderPdf(d).Pdf); return string.Concat(pdf.GetPages().Select(p => p.Text)); }
        string Line(FormRow r) => string.Concat(r.Cells.Select(FormText.Format));
        var publishedText = Text(published);
        var internalText = Text(internalDoc);

        Assert.That(suppressed, Is.Not.Empty, "ST-HA has small cells");
        Assert.That(Line(row), Does.Contain(FormText.SuppressedMark));
        Assert.That(publishedText, Does.Contain(Line(row)), "the row prints its cells with * in place of the small counts");
        Assert.That(publishedText, Does.Contain("Fallzahlen von 1 und 2"));
        Assert.That(internalText, Does.Contain(Line(internalRow)), "the internal report shows the numbers");
        Assert.That(Line(internalRow), Does.Not.Contain(FormText.SuppressedMark));
        Assert.That(internalText, Does.Not.Contain("Fallzahlen von 1 und 2"));
    }

    private static string Packed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
