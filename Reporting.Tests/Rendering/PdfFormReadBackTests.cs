using Reporting.Core.Forms;
using Reporting.Core.Forms.Rendering;
using Reporting.Core.Reports;
using UglyToad.PdfPig;
using static Reporting.Tests.Rendering.RenderFixtures;

namespace Reporting.Tests.Rendering;

/// <summary>Every form's PDF read back with PdfPig: page labels, German amounts and counts of the form, A4, metadata.</summary>
public sealed class PdfFormReadBackTests
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

        Assert.That(document.Information.Title, Is.EqualTo($"{built.Header.Title} – {built.Header.ScopeLabel} – {built.Header.PeriodLabel}"));
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
        if (form.Form == "monthly")
        {
            var table = Table(built, "monthly");
            var euros = table.Rows.SelectMany(r => r.Cells).Where(c => c.Kind == ValueKind.Euro && c.Number is not null).Take(200).ToList();
            Assert.That(euros, Is.Not.Empty);
            Assert.That(euros.Select(FormText.Format).Where(e => !text.Contains(e, StringComparison.Ordinal)), Is.Empty, "monthly euro cells in German style");
        }
        else
        {
            Assert.That(amounts, Is.Not.Empty);
        }
    }

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
