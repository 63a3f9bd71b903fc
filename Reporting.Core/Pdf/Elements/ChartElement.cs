using Reporting.Core.Pdf.Canvas;
using Reporting.Core.Pdf.Layout;

namespace Reporting.Core.Pdf.Elements;

/// <summary>
/// A ScottPlot 5 plot of fixed height drawn as vectors across the body width. The canvas sets the plot's fonts to
/// the document fonts before drawing, so the chart matches the text.
/// </summary>
internal sealed class ChartElement : Element
{
    /// <summary>Wraps a configured plot.</summary>
    public ChartElement(ScottPlot.Plot plot, float height)
    {
        Plot = plot ?? throw new ArgumentNullException(nameof(plot));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        Height = height;
    }

    /// <summary>The plot to draw.</summary>
    public ScottPlot.Plot Plot { get; }

    /// <summary>Height in points.</summary>
    public float Height { get; }

    /// <inheritdoc />
    public override SpacePlan Measure(PdfSize available, LayoutContext context) =>
        available.Height + 0.001f >= Height ? SpacePlan.Full(Height) : SpacePlan.Wrap(FormattableString.Invariant($"{Describe()}: needs {Height:0.#} pt, {available.Height:0.#} pt left"));

    /// <inheritdoc />
    public override void Draw(IPdfCanvas canvas, PdfRect area, LayoutContext context)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        canvas.DrawChart(Plot, area with { Height = Height });
    }
}
