using Reporting.Core.Pdf.Text;
using SkiaSharp;

namespace Reporting.Core.Pdf.Canvas;

/// <summary>
/// Draws onto the pages of an <see cref="SKDocument"/> from <see cref="SKDocument.CreatePdf(Stream, SKDocumentPdfMetadata)"/>.
/// Text is drawn as the glyphs HarfBuzz chose, in the (subset) typefaces given, so widths match the layout exactly.
/// Each page is written out by Skia when it ends; nothing per page is kept here.
/// </summary>
public sealed class SkiaPdfCanvas : IPdfCanvas, IDisposable
{
    private readonly SKDocument document;
    private readonly SKTypeface regular;
    private readonly SKTypeface bold;
    private readonly Dictionary<(PdfFontStyle, float), SKFont> fonts = new();
    private readonly SKPaint fill = new() { IsAntialias = true, Style = SKPaintStyle.Fill };
    private readonly SKPaint stroke = new() { IsAntialias = true, Style = SKPaintStyle.Stroke };
    private readonly ChartFonts.Registration chartFonts;
    private readonly SKTextBlobBuilder blobs = new();
    private float[] positions = new float[64];
    private int pendingRuns;
    private PdfColor pendingColor;
    private SKCanvas? canvas;

    /// <summary>Wraps a PDF document; the canvas does not own <paramref name="document"/> or the typefaces.</summary>
    public SkiaPdfCanvas(SKDocument document, SKTypeface regular, SKTypeface bold)
    {
        this.document = document ?? throw new ArgumentNullException(nameof(document));
        this.regular = regular ?? throw new ArgumentNullException(nameof(regular));
        this.bold = bold ?? throw new ArgumentNullException(nameof(bold));
        chartFonts = ChartFonts.Register(regular, bold);
    }

    private SKCanvas Page => canvas ?? throw new InvalidOperationException("BeginPage was not called.");

    /// <inheritdoc />
    public void BeginPage(int pageNumber, PdfSize size) => canvas = document.BeginPage(size.Width, size.Height);

    /// <inheritdoc />
    public void EndPage()
    {
        FlushText();
        document.EndPage();
        canvas = null;
    }

    /// <inheritdoc />
    public void DrawText(TextRun run, float x, float baseline)
    {
        ArgumentNullException.ThrowIfNull(run);
        var glyphs = run.Shape.GlyphArray;
        if (glyphs.Length == 0)
        {
            return;
        }

        if (pendingRuns > 0 && pendingColor != run.Color)
        {
            FlushText();
        }

        if (positions.Length < glyphs.Length)
        {
            positions = new float[glyphs.Length * 2];
        }

        var advances = run.Shape.AdvanceArray;
        float pen = x;
        for (int i = 0; i < glyphs.Length; i++)
        {
            positions[i] = pen;
            pen += advances[i] * run.Size;
        }

        blobs.AddHorizontalRun(glyphs, Font(run.Style, run.Size), positions.AsSpan(0, glyphs.Length), baseline);
        pendingColor = run.Color;
        pendingRuns++;
    }

    /// <summary>Draws the text runs collected so far as one blob (one text object in the PDF instead of one per run).</summary>
    private void FlushText()
    {
        if (pendingRuns == 0)
        {
            return;
        }

        using var blob = blobs.Build();
        fill.Color = ToSk(pendingColor);
        Page.DrawText(blob, 0, 0, fill);
        pendingRuns = 0;
    }

    /// <inheritdoc />
    public void DrawLine(float x1, float y1, float x2, float y2, float thickness, PdfColor color)
    {
        FlushText();
        stroke.StrokeWidth = thickness;
        stroke.Color = ToSk(color);
        Page.DrawLine(x1, y1, x2, y2, stroke);
    }

    /// <inheritdoc />
    public void DrawRectangle(PdfRect rect, float thickness, PdfColor color)
    {
        FlushText();
        stroke.StrokeWidth = thickness;
        stroke.Color = ToSk(color);
        Page.DrawRect(rect.X, rect.Y, rect.Width, rect.Height, stroke);
    }

    /// <inheritdoc />
    public void FillRectangle(PdfRect rect, PdfColor color)
    {
        FlushText();
        fill.Color = ToSk(color);
        Page.DrawRect(rect.X, rect.Y, rect.Width, rect.Height, fill);
    }

    /// <inheritdoc />
    public void DrawChart(ScottPlot.Plot plot, PdfRect rect)
    {
        ArgumentNullException.ThrowIfNull(plot);
        FlushText();
        plot.Font.Set(chartFonts.FamilyName);
        var page = Page;
        page.Save();
        page.ClipRect(new SKRect(rect.X, rect.Y, rect.Right, rect.Bottom));
        plot.Render(page, new ScottPlot.PixelRect(rect.X, rect.Right, rect.Bottom, rect.Y));
        page.Restore();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var font in fonts.Values)
        {
            font.Dispose();
        }

        fill.Dispose();
        blobs.Dispose();
        stroke.Dispose();
        chartFonts.Dispose();
    }

    private static SKColor ToSk(PdfColor color) => new(color.R, color.G, color.B);

    private SKFont Font(PdfFontStyle style, float size)
    {
        if (!fonts.TryGetValue((style, size), out var font))
        {
            font = new SKFont(style == PdfFontStyle.Bold ? bold : regular, size) { Subpixel = true, Hinting = SKFontHinting.None, LinearMetrics = true };
            fonts[(style, size)] = font;
        }

        return font;
    }
}
