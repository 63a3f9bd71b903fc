using Reporting.Core.Pdf.Canvas;
using Reporting.Core.Pdf.Fonts;
using Reporting.Core.Pdf.Text;
using SkiaSharp;

namespace Reporting.Core.Pdf.Document;

internal sealed partial class PdfDocumentBuilder
{
    /// <summary>
    /// Glyphs always embedded besides those the layout used: printable ASCII, Latin-1, € and German quotes/dashes,
    /// so chart labels (drawn by ScottPlot, not shaped by us) and page numbers render too.
    /// </summary>
    private static readonly int[] BaseCodePoints = Enumerable.Range(0x20, 0x5F)
        .Concat(Enumerable.Range(0xA0, 0x60))
        .Concat([0x20AC, 0x2013, 0x2014, 0x201E, 0x201C, 0x201A, 0x2018, 0x2019, 0x2026, 0x2022, 0x2212])
        .ToArray();

    /// <summary>Writes the PDF to <paramref name="output"/> with fonts (fallback faces too) subset to the glyphs used.</summary>
    public PdfRenderResult Render(Stream output, FontSet fonts)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(fonts);
        var text = new TextShaper(fonts);
        var collector = new GlyphCollectingCanvas();
        int pages = PageComposer.Run(_elements, Layout, Decoration, text, collector, 0);
        AddBaseGlyphs(fonts.Regular, collector.Slot(0));
        AddBaseGlyphs(fonts.Bold, collector.Slot(1));

        var typefaces = new List<SKTypeface?>();
        var fallbackFamilies = new List<string>();
        try
        {
            for (int slot = 0; slot <= collector.LastSlot; slot++)
            {
                if (slot > 1 && !collector.Uses(slot))
                {
                    typefaces.Add(null);
                    continue;
                }

                var face = slot switch { 0 => fonts.Regular, 1 => fonts.Bold, _ => fonts.FallbackFace(slot - 1) };
                var use = collector.Slot(slot);
                typefaces.Add(SKTypeface.FromData(SKData.CreateCopy(FontSubsetter.Subset(face, use.Glyphs, use.CodePoints))));
                if (slot > 1)
                {
                    fallbackFamilies.Add(face.FamilyName);
                }
            }

            using var document = SKDocument.CreatePdf(output, ToSkia(Metadata));
            using (var canvas = new SkiaPdfCanvas(document, typefaces))
            {
                PageComposer.Run(_elements, Layout, Decoration, text, canvas, pages);
            }

            document.Close();
        }
        finally
        {
            foreach (var typeface in typefaces)
            {
                typeface?.Dispose();
            }
        }

        return new PdfRenderResult(pages, collector.Slot(0).Glyphs.Count, collector.Slot(1).Glyphs.Count, text.Warnings, fallbackFamilies.Distinct().ToList());
    }

    private static void AddBaseGlyphs(FontFace face, GlyphCollectingCanvas.FaceUse use)
    {
        foreach (var codePoint in BaseCodePoints)
        {
            if (face.GlyphFor(codePoint) is { } glyph)
            {
                use.Glyphs.Add(glyph);
                use.CodePoints.Add(codePoint);
            }
        }
    }

    private static SKDocumentPdfMetadata ToSkia(PdfMetadata? metadata)
    {
        if (metadata is null)
        {
            return new SKDocumentPdfMetadata { PdfA = false };
        }

        return new SKDocumentPdfMetadata
        {
            Title = metadata.Title,
            Author = metadata.Author,
            Subject = metadata.Subject,
            Keywords = metadata.Keywords ?? string.Empty,
            Creator = metadata.Creator,
            Producer = metadata.Producer,
            Creation = metadata.Created,
            Modified = metadata.Modified,
            PdfA = true,
        };
    }
}
