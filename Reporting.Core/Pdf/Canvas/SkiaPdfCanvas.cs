using Reporting.Core.Pdf.Text;
using SkiaSharp;

namespace Reporting.Core.Pdf.Canvas;

/// <summary>
/// Draws onto the pages of an <see cref="SKDocument"/> from <see cref="SKDocument.CreatePdf(Stream, SKDocumentPdfMetadata)"/>.
/// Text is drawn as the glyphs HarfBuzz chose, in the (subset) typefaces given, so widths match the layout exactly.
/// Each page is written out by Skia when it ends; nothing per page is kept here.
/// </summary>
internal sealed class SkiaPdfCanvas : IPdfCanvas, IDisposable
{
    private readonly SKDocument _document;
    private readonly IReadOnlyList<SKTypeface?> _typefaces;
    private readonly Dictionary<(int, float), SKFont> _fonts = new();
    private readonly SKPaint _fill = new() { IsAntialias = true, Style = SKPaintStyle.Fill };
    private readonly SKPaint _stroke = new() { IsAntialias = true, Style = SKPaintStyle.Stroke };
    private readonly ChartFonts.Registration _chartFonts;
    private readonly SKTextBlobBuilder _blobs = new();
    private float[] _positions = new float[64];
    private int _pendingRuns;
    private PdfColor _pendingColor;
    private SKCanvas? _canvas;

    /// <summary>Wraps a PDF document; the canvas does not own <paramref name="document"/> or the typefaces.</summary>
    /// <param name="document">The PDF being written.</param>
    /// <param name="typefaces">The (subset) typeface of each embedding slot: 0 regular, 1 bold, 1 + n fallback face n
    /// (null for a fallback face the document does not use).</param>
    public SkiaPdfCanvas(SKDocument document, IReadOnlyList<SKTypeface?> typefaces)
    {
        _document = document ?? throw new ArgumentNullException(nameof(document));
        _typefaces = typefaces ?? throw new ArgumentNullException(nameof(typefaces));
        if (_typefaces.Count < 2 || _typefaces[0] is null || _typefaces[1] is null)
        {
            throw new ArgumentException("A regular and a bold typeface are needed.", nameof(typefaces));
        }

        _chartFonts = ChartFonts.Register(_typefaces[0]!, _typefaces[1]!);
    }

    private SKCanvas Page => _canvas ?? throw new InvalidOperationException("BeginPage was not called.");

    /// <inheritdoc />
    public void BeginPage(int pageNumber, PdfSize size) => _canvas = _document.BeginPage(size.Width, size.Height);

    /// <inheritdoc />
    public void EndPage()
    {
        FlushText();
        _document.EndPage();
        _canvas = null;
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

        if (_pendingRuns > 0 && _pendingColor != run.Color)
        {
            FlushText();
        }

        if (_positions.Length < glyphs.Length)
        {
            _positions = new float[glyphs.Length * 2];
        }

        var shape = run.Shape;
        var advances = shape.AdvanceArray;
        float pen = x;
        for (int i = 0; i < glyphs.Length; i++)
        {
            _positions[i] = pen;
            pen += advances[i] * run.Size;
        }

        // One blob run per stretch of glyphs from the same face (fallback glyphs come from their own typeface).
        int start = 0;
        while (start < glyphs.Length)
        {
            int slot = shape.SlotOf(start, run.Style);
            int end = start + 1;
            while (end < glyphs.Length && shape.SlotOf(end, run.Style) == slot)
            {
                end++;
            }

            _blobs.AddHorizontalRun(glyphs.AsSpan(start, end - start), Font(slot, run.Size), _positions.AsSpan(start, end - start), baseline);
            start = end;
        }

        _pendingColor = run.Color;
        _pendingRuns++;
    }

    /// <summary>Draws the text runs collected so far as one blob (one text object in the PDF instead of one per run).</summary>
    private void FlushText()
    {
        if (_pendingRuns == 0)
        {
            return;
        }

        using var blob = _blobs.Build();
        _fill.Color = ToSk(_pendingColor);
        Page.DrawText(blob, 0, 0, _fill);
        _pendingRuns = 0;
    }

    /// <inheritdoc />
    public void DrawLine(float x1, float y1, float x2, float y2, float thickness, PdfColor color)
    {
        FlushText();
        _stroke.StrokeWidth = thickness;
        _stroke.Color = ToSk(color);
        Page.DrawLine(x1, y1, x2, y2, _stroke);
    }

    /// <inheritdoc />
    public void DrawRectangle(PdfRect rect, float thickness, PdfColor color)
    {
        FlushText();
        _stroke.StrokeWidth = thickness;
        _stroke.Color = ToSk(color);
        Page.DrawRect(rect.X, rect.Y, rect.Width, rect.Height, _stroke);
    }

    /// <inheritdoc />
    public void FillRectangle(PdfRect rect, PdfColor color)
    {
        FlushText();
        _fill.Color = ToSk(color);
        Page.DrawRect(rect.X, rect.Y, rect.Width, rect.Height, _fill);
    }

    /// <inheritdoc />
    public void DrawChart(ScottPlot.Plot plot, PdfRect rect)
    {
        ArgumentNullException.ThrowIfNull(plot);
        FlushText();
        plot.Font.Set(_chartFonts.FamilyName);
        var page = Page;
        page.Save();
        page.ClipRect(new SKRect(rect.X, rect.Y, rect.Right, rect.Bottom));
        plot.Render(page, new ScottPlot.PixelRect(rect.X, rect.Right, rect.Bottom, rect.Y));
        page.Restore();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }

        _fill.Dispose();
        _blobs.Dispose();
        _stroke.Dispose();
        _chartFonts.Dispose();
    }

    private static SKColor ToSk(PdfColor color) => new(color.R, color.G, color.B);

    private SKFont Font(int slot, float size)
    {
        if (!_fonts.TryGetValue((slot, size), out var font))
        {
            var typeface = slot < _typefaces.Count ? _typefaces[slot] : null;
            font = new SKFont(typeface ?? throw new InvalidOperationException($"No typeface was embedded for font slot {slot}."), size)
            {
                Subpixel = true,
                Hinting = SKFontHinting.None,
                LinearMetrics = true,
            };
            _fonts[(slot, size)] = font;
        }

        return font;
    }
}
