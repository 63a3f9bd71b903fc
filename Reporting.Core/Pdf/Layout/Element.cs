using Reporting.Core.Pdf.Canvas;

namespace Reporting.Core.Pdf.Layout;

/// <summary>
/// A block in the page body, in QuestPDF's measure/draw split. <see cref="Measure"/> is pure: it says how much of
/// what is left fits. <see cref="Draw"/> draws exactly that much into the rectangle and advances the element's
/// paging state, so the next page continues where this one stopped. <see cref="ResetState"/> rewinds for another pass.
/// </summary>
internal abstract class Element
{
    /// <summary>How much of the remaining content fits into <paramref name="available"/>.</summary>
    public abstract SpacePlan Measure(PdfSize available, LayoutContext context);

    /// <summary>Draws what <see cref="Measure"/> promised for <paramref name="area"/>'s size and moves past it.</summary>
    public abstract void Draw(IPdfCanvas canvas, PdfRect area, LayoutContext context);

    /// <summary>
    /// When true the element moves to the next page with the element after it if that one would not start on this
    /// page (headings are never left alone at the bottom of a page).
    /// </summary>
    public virtual bool KeepWithNext => false;

    /// <summary>Rewinds paging state before a new layout pass. Stateless elements do nothing.</summary>
    public virtual void ResetState()
    {
    }

    /// <summary>A short name for error messages, e.g. <c>Table 'Ausgaben'</c>.</summary>
    public virtual string Describe() => GetType().Name;
}
