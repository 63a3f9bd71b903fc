using Reporting.Core.Pdf.Canvas;
using Reporting.Core.Pdf.Layout;

namespace Reporting.Core.Pdf.Elements;

/// <summary>Starts a new page unless the current one is still empty.</summary>
internal sealed class PageBreak : Element
{
    /// <inheritdoc />
    public override SpacePlan Measure(PdfSize available, LayoutContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.AtPageTop ? SpacePlan.Empty : SpacePlan.Wrap("page break");
    }

    /// <inheritdoc />
    public override void Draw(IPdfCanvas canvas, PdfRect area, LayoutContext context)
    {
    }
}
