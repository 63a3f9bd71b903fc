using System.Text;
using Reporting.Core.Pdf.Text;

namespace Reporting.Core.Pdf.Canvas;

/// <summary>The first (pagination) pass draws here: it only notes which glyphs, and which characters, each embedded
/// face needs (slot 0 regular, 1 bold, 1 + n fallback face n), for subsetting.</summary>
internal sealed class GlyphCollectingCanvas : IPdfCanvas
{
    private readonly Dictionary<int, FaceUse> _slots = new();

    public int Pages { get; private set; }

    /// <summary>The highest slot used (at least 1: regular and bold are always embedded).</summary>
    public int LastSlot => Math.Max(1, _slots.Count == 0 ? 1 : _slots.Keys.Max());

    public FaceUse Slot(int slot)
    {
        if (!_slots.TryGetValue(slot, out var use))
        {
            use = new FaceUse();
            _slots[slot] = use;
        }

        return use;
    }

    public bool Uses(int slot) => _slots.ContainsKey(slot);

    public void BeginPage(int pageNumber, PdfSize size) => Pages = pageNumber;

    public void EndPage()
    {
    }

    public void DrawText(TextRun run, float x, float baseline)
    {
        var shape = run.Shape;
        var glyphs = shape.GlyphArray;
        var text = run.Text;
        for (int i = 0; i < glyphs.Length; i++)
        {
            var use = Slot(shape.SlotOf(i, run.Style));
            use.Glyphs.Add(glyphs[i]);
            int cluster = shape.Clusters[i];
            if (cluster < text.Length && Rune.TryGetRuneAt(text, cluster, out var rune))
            {
                use.CodePoints.Add(rune.Value);
            }
        }
    }

    public void DrawLine(float x1, float y1, float x2, float y2, float thickness, PdfColor color)
    {
    }

    public void DrawRectangle(PdfRect rect, float thickness, PdfColor color)
    {
    }

    public void FillRectangle(PdfRect rect, PdfColor color)
    {
    }

    public void DrawChart(ScottPlot.Plot plot, PdfRect rect)
    {
    }

    /// <summary>Glyph ids and characters one face draws.</summary>
    internal sealed class FaceUse
    {
        public HashSet<ushort> Glyphs { get; } = new();

        public HashSet<int> CodePoints { get; } = new();
    }
}
