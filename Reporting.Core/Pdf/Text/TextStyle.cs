namespace Reporting.Core.Pdf.Text;

/// <summary>Font style, size and colour of a piece of text.</summary>
internal sealed record TextStyle(float Size = 9f, PdfFontStyle Weight = PdfFontStyle.Regular, PdfColor? Color = null)
{
    /// <summary>Body text, 9 pt regular black.</summary>
    public static readonly TextStyle Body = new();

    /// <summary>Bold body text.</summary>
    public static readonly TextStyle BodyBold = new(9f, PdfFontStyle.Bold);

    /// <summary>Small grey text for captions and footers (7 pt).</summary>
    public static readonly TextStyle Small = new(7f, PdfFontStyle.Regular, PdfColor.Grey);

    /// <summary>The colour, black when unset.</summary>
    public PdfColor Ink => Color ?? PdfColor.Black;

    /// <summary>Line height: 1.25 × size.</summary>
    public float LineHeight => Size * 1.25f;

    /// <summary>The same style in bold.</summary>
    public TextStyle AsBold() => this with { Weight = PdfFontStyle.Bold };
}
