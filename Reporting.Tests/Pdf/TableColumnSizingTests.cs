using System.Globalization;
using Reporting.Core.Pdf.Elements;
using Reporting.Core.Pdf.Layout;
using Reporting.Core.Pdf.Text;
using static Reporting.Tests.Pdf.LayoutFixtures;

namespace Reporting.Tests.Pdf;

/// <summary>Column widths from content: identifiers and numbers never broken, free text wrapped at spaces only.</summary>
public sealed class TableColumnSizingTests
{
    private static readonly TextStyle Cell = new(8f);

    private static TableColumn[] Belegliste =>
    [
        TableColumn.Number("Lfd. Nr."), TableColumn.Identifier("Kostenart"), TableColumn.Identifier("Beleg-Nr."),
        TableColumn.Identifier("Zahlungsdatum"), TableColumn.Text("Empfänger", 3), TableColumn.Text("Grund der Zahlung", 4),
        TableColumn.Number("Betrag"),
    ];

    private static string Voucher(int i) => string.Create(CultureInfo.InvariantCulture, $"DO-SCLA-ANL-{i:D5}");

    private static List<TableRow> Vouchers(int count) =>
        Enumerable.Range(0, count).Select(i => TableRow.Of(
            (i + 1).ToString("#,##0", CultureInfo.GetCultureInfo("de-DE")), i % 2 == 0 ? "COACH" : "S1-MLA", Voucher(i), "12.12.2017",
            "Dortmunder Qualifizierungsverbund gGmbH", "Coaching und Qualifizierung Q4/2017, Rechnung DOR-2017-10", "26.770,20 €")).ToList();

    [Test]
    public void Table_IdentifierColumns_AtLeastAsWideAsTheirWidestValueAndEachValueDrawnWhole()
    {
        var rows = Vouchers(120);
        var table = new Table(Belegliste, rows, "Belegliste");
        var canvas = Draw(Builder().Add(table));
        var text = new TextShaper(TestFonts.Set);

        foreach (var column in new[] { 0, 1, 2, 3, 6 })
        {
            var widest = rows.Max(r => text.Measure(r.Cells[column], Cell));
            Assert.That(table.ColumnWidths[column], Is.GreaterThanOrEqualTo(widest + (2 * Table.PadX)), Belegliste[column].Header);
        }
        var drawnVouchers = canvas.Texts.Where(t => t.Text.StartsWith("DO-SCLA-ANL-", StringComparison.Ordinal)).Select(t => t.Text).ToList();
        Assert.That(drawnVouchers, Is.EqualTo(Enumerable.Range(0, 120).Select(Voucher)), "every voucher number once, whole, in order");
        Assert.That(canvas.Texts.Count(t => t.Text == "26.770,20 €"), Is.EqualTo(120));
        Assert.That(canvas.Texts.Count(t => t.Text == "12.12.2017"), Is.EqualTo(120));
    }

    [Test]
    public void Table_FreeText_WrapsAtSpacesOnlyAndNeverInsideAWord()
    {
        var rows = Vouchers(5);
        var canvas = Draw(Builder().Add(new Table(Belegliste, rows)));
        var words = rows[0].Cells[4].Split(' ').Concat(rows[0].Cells[5].Split(' ')).ToHashSet(StringComparer.Ordinal);

        var pieces = canvas.Texts.Where(t => t.Text.Contains("Qualifizierung", StringComparison.Ordinal) || t.Text.StartsWith("Dortmunder", StringComparison.Ordinal)
            || t.Text.Contains("Rechnung", StringComparison.Ordinal) || t.Text.Contains("gGmbH", StringComparison.Ordinal)).ToList();

        Assert.That(pieces, Is.Not.Empty);
        Assert.That(pieces.SelectMany(p => p.Text.Split(' ')), Is.All.Matches<string>(words.Contains), "every line is made of whole words");
    }

    [Test]
    public void Table_HeaderWordWiderThanValues_ColumnTakesTheHeaderWordNotMore()
    {
        var table = new Table(Belegliste, Vouchers(3));
        Draw(Builder().Add(table));
        var text = new TextShaper(TestFonts.Set);

        var header = text.Measure("Zahlungsdatum", Cell.AsBold());
        var date = text.Measure("12.12.2017", Cell);

        Assert.That(header, Is.GreaterThan(date));
        Assert.That(table.MinimumColumnWidths(text)[3], Is.EqualTo(header + (2 * Table.PadX)).Within(0.05f));
        Assert.That(table.MinimumColumnWidths(text)[0], Is.LessThan(text.Measure("Lfd.", Cell.AsBold()) + (2 * Table.PadX) + 0.05f),
            "the running number column is as narrow as its header word");
    }

    [Test]
    public void Table_IdentifiersWiderThanThePage_WrapsWithAReasonInsteadOfBreakingThem()
    {
        var wide = string.Concat(Enumerable.Repeat("KENNUNG-", 14));
        var table = new Table([TableColumn.Identifier("Beleg-Nr."), TableColumn.Text("Zweck")], [TableRow.Of(wide, "kurz")], "Zu breit");
        var context = new LayoutContext(new TextShaper(TestFonts.Set), AtPageTop: true, PageNumber: 1);

        var plan = table.Measure(new Reporting.Core.Pdf.PdfSize(497, 700), context);

        Assert.That(plan.Kind, Is.EqualTo(SpacePlanKind.Wrap));
        Assert.That(plan.Reason, Does.Contain("Table 'Zu breit'").And.Contain("wider than the available 497 pt"));
    }

    [Test]
    public void Table_LoneEuroSignInFreeText_StaysWithItsNumber()
    {
        var columns = new[] { TableColumn.Identifier("Nr."), TableColumn.Text("Bezeichnung") };
        var canvas = Draw(Builder().Add(new Table(columns, [TableRow.Of("1", string.Join(' ', Enumerable.Repeat("Einstellungsprämie 3.000 € je Einstellung", 12)))])));

        Assert.That(canvas.Texts.Where(t => t.Text.StartsWith('€')), Is.Empty);
        Assert.That(canvas.Texts.Count(t => t.Text.Contains("3.000 €", StringComparison.Ordinal)), Is.GreaterThan(0));
    }
}
