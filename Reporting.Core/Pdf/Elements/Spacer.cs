using Reporting.Core.Pdf.Canvas;
using Reporting.Core.Pdf.Layout;

namespace Reporting.Core.Pdf.Elements;

/// <summary>Vertical white space; shrinks at the bottom of a page and disappears at the top of one.</summary>
internal sealed class Spacer : Element
{
    /// <summary>Creates a gap of <paramref name="height"/> points.</summary>
    public Spacer(float height)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(height);
        Height = height;
    }

    /// <summary>The gap in points.</summary>
    public float Height { get; }

    /// <inheritdoc />
    public override SpacePlan Measure(PdfSize available, LayoutContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.AtPageTop ? SpacePlan.Empty : SpacePlan.Full(Math.Min(Height, Math.Max(0, available.Height)));
    }

    /// <inheritdoc />
    public override void Draw(IPdfCanvas canvas, PdfRect area, LayoutContext context)
    {
    }
}
