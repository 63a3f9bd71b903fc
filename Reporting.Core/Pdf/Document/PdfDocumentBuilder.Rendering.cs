using Reporting.Core.Pdf.Canvas;
using Reporting.Core.Pdf.Fonts;
using Reporting.Core.Pdf.Text;
using SkiaSharp;

namespace Reporting.Core.Pdf.Document;

public sealed partial class PdfDocumentBuilder
{
    /// <summary>
    /// Glyphs always embedded besides those the layout used: printable ASCII, Latin-1, € and German quotes/dashes,
    /// so chart labels (drawn by ScottPlot, not shaped by us) and page numbers render too.
    /// </summary>
    private static readonly int[] BaseCodePoints = Enumerable.Range(0x20, 0x5F)
        .Concat(Enumerable.Range(0xA0, 0x60))
        .Concat([0x20AC, 0x2013, 0x2014, 0x201E, 0x201C, 0x201A, 0x2018, 0x2019, 0x2026, 0x2022, 0x2212])
        .ToArray();

    /// <summary>Writes the PDF to <paramref name="output"/> with fonts subset to the glyphs used.</summary>
    public PdfRenderResult Render(Stream output, FontSet fonts)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(fonts);
        var text = new TextShaper(fonts);
        var collector = new GlyphCollectingCanvas();
        int pages = PageComposer.Run(elements, Layout, Decoration, text, collector, 0);
        AddBaseGlyphs(fonts.Regular, collector.Regular);
        AddBaseGlyphs(fonts.Bold, collector.Bold);

        using var regular = SKTypeface.FromData(SKData.CreateCopy(FontSubsetter.Subset(fonts.Regular.Data, collector.Regular)));
        using var bold = SKTypeface.FromData(SKData.CreateCopy(FontSubsetter.Subset(fonts.Bold.Data, collector.Bold)));
        using var document = SKDocument.CreatePdf(output, ToSkia(Metadata));
        using (var canvas = new SkiaPdfCanvas(document, regular, bold))
        {
            PageComposer.Run(elements, Layout, Decoration, text, canvas, pages);
        }

        document.Close();
        return new PdfRenderResult(pages, collector.Regular.Count, collector.Bold.Count);
    }

    private static void AddBaseGlyphs(FontFace face, HashSet<ushort> glyphs)
    {
        foreach (var codePoint in BaseCodePoints)
        {
            if (face.GlyphFor(codePoint) is { } glyph)
            {
                glyphs.Add(glyph);
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
