namespace Reporting.Core.Pdf.Text;

/// <summary>Placement helpers for a line inside a box.</summary>
internal static class TextBox
{
    /// <summary>The x where a line of <paramref name="lineWidth"/> starts when aligned in [x, x + width].</summary>
    public static float AlignX(float x, float width, float lineWidth, TextAlign align) => align switch
    {
        TextAlign.Right => x + width - lineWidth,
        TextAlign.Center => x + ((width - lineWidth) / 2f),
        _ => x,
    };
}
