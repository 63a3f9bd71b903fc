using System.Globalization;
using Reporting.Core.Pdf.Canvas;
using Reporting.Core.Pdf.Document;
using Reporting.Core.Pdf.Elements;

namespace Reporting.Tests.Pdf;

/// <summary>
/// Shared shapes for layout tests. Numbers the tests rely on (A4 portrait): body 595 − 56 − 42 = 497 pt wide and
/// 842 − 64 − 56 = 722 pt high; an 8 pt table line is 10 pt, a one-line row 10 + 2 × 2.5 = 15 pt, the header 15 pt,
/// the "Fortsetzung" marker 7 × 1.25 + 2 = 10.75 pt.
/// </summary>
internal static class LayoutFixtures
{
    public const string Continues = "Fortsetzung auf der nächsten Seite";

    public static TableColumn[] Columns => [TableColumn.Number("Nr.", 40), TableColumn.Text("Bezeichnung", 3), TableColumn.Number("Betrag", 80)];

    public static List<TableRow> Rows(int count) =>
        Enumerable.Range(1, count)
            .Select(i => TableRow.Of(i.ToString(CultureInfo.InvariantCulture), "Zeile " + i.ToString(CultureInfo.InvariantCulture), "1.234,56 €"))
            .ToList();

    public static PdfDocumentBuilder Builder() =>
        new PdfDocumentBuilder()
            .WithHeader("Verwendungsnachweis", "Projekt Brücke / 2018-Q3")
            .WithFooter("erstellt am 02.10.2018", "Datenstand 30.09.2018");

    public static RecordingCanvas Draw(PdfDocumentBuilder builder)
    {
        var canvas = new RecordingCanvas();
        builder.DrawTo(canvas, TestFonts.Set);
        return canvas;
    }

    public static RecordedText Single(RecordingCanvas canvas, string text) => canvas.Texts.Single(t => t.Text == text);
}
