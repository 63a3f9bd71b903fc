using Reporting.Core.Pdf;
using Reporting.Core.Pdf.Document;
using Reporting.Core.Pdf.Elements;
using Reporting.Core.Pdf.Fonts;
using UglyToad.PdfPig;

namespace Reporting.Tests.Pdf;

/// <summary>Characters the document's font cannot draw: drawn with a fallback font (subset and embedded too), or
/// named in a warning when there is none; never dropped silently.</summary>
public sealed class GlyphFallbackTests
{
    private const string Chinese = "北京贸易有限公司";

    /// <summary>Always the same face: a fallback under the test's control.</summary>
    private sealed class OneFaceFallback(FontFace face) : IFontFallback, IDisposable
    {
        public FontFace? FaceFor(int codePoint, PdfFontStyle style) => face.GlyphFor(codePoint) is null ? null : face;

        public void Dispose() => face.Dispose();
    }

    /// <summary>DejaVu Sans without ß in its cmap: a regular face that lacks a character the shipped one has.</summary>
    private static FontFace RegularWithoutEszett()
    {
        using var full = FontFace.FromBytes(ShippedFonts.Regular);
        var characters = Enumerable.Range(0x20, 0x5F).Concat(Enumerable.Range(0xA0, 0x60)).Where(c => c != 'ß').ToList();
        return FontFace.FromBytes(FontSubsetter.Subset(full, characters.Select(c => full.GlyphFor(c)!.Value), characters));
    }

    private static (string Text, PdfRenderResult Result, UglyToad.PdfPig.Content.Letter[] Letters) Render(FontSet fonts, string text)
    {
        using var stream = new MemoryStream();
        var result = new PdfDocumentBuilder()
            .Add(new Paragraph(text))
            .Add(new Table([TableColumn.Identifier("Nr."), TableColumn.Text("Empfänger")], [TableRow.Of("1", text)]))
            .Render(stream, fonts);
        using var pdf = PdfDocument.Open(stream.ToArray());
        var page = pdf.GetPage(1);
        return (page.Text, result, page.Letters.ToArray());
    }

    [Test]
    public void Render_CharacterMissingFromTheFontWithAFallback_DrawnFromTheFallbackAndReadBack()
    {
        using var fonts = new FontSet(RegularWithoutEszett(), FontFace.FromBytes(ShippedFonts.Bold), new OneFaceFallback(FontFace.FromBytes(ShippedFonts.Regular)));
        Assert.That(fonts.Regular.GlyphFor('ß'), Is.Null, "the test font really lacks ß");

        var (text, result, letters) = Render(fonts, "Großstadt Straße");

        Assert.That(text, Does.Contain("Großstadt Straße"));
        Assert.That(result.Warnings, Is.Empty);
        Assert.That(result.FallbackFonts, Is.EqualTo(new[] { "DejaVu Sans" }));
        var eszett = letters.First(l => l.Value == "ß");
        var g = letters.First(l => l.Value == "G");
        Assert.That(eszett.FontName, Is.Not.EqualTo(g.FontName), "ß comes from the embedded fallback font");
    }

    [Test]
    public void Render_ChineseWithASystemFallbackFont_GlyphsInThePdf()
    {
        var fallback = new SystemFontFallback();
        Assume.That(fallback.FaceFor(Chinese[0], PdfFontStyle.Regular), Is.Not.Null, "a font with Chinese characters is installed (fonts-droid-fallback)");
        using var fonts = FontSet.Shipped(fallback);

        var (text, result, _) = Render(fonts, "Lieferant " + Chinese);

        Assert.That(text, Does.Contain(Chinese));
        Assert.That(result.Warnings, Is.Empty);
        Assert.That(result.FallbackFonts, Has.Count.EqualTo(1));
    }

    [Test]
    public void Render_ChineseWithoutFallback_StillRendersAndWarnsNamingCharacterAndText()
    {
        var (_, result, _) = Render(TestFonts.Set, "Lieferant " + Chinese);

        Assert.That(result.Pages, Is.EqualTo(1));
        Assert.That(result.FallbackFonts, Is.Empty);
        Assert.That(result.Warnings, Has.Count.EqualTo(1), "one line for the text");
        Assert.That(result.Warnings[0], Does.StartWith("characters ").And.Contain("'北' (U+5317)").And.Contain("'司' (U+53F8)")
            .And.Contain($"\"Lieferant {Chinese}\"").And.Contain("DejaVu Sans has no glyph"));
    }
}
