namespace Reporting.Core.Pdf;

/// <summary>A width and height in PDF points (1/72 inch).</summary>
internal readonly record struct PdfSize(float Width, float Height);

/// <summary>A rectangle in PDF points with the origin at the top left corner of the page and y growing downwards.</summary>
internal readonly record struct PdfRect(float X, float Y, float Width, float Height)
{
    /// <summary>The right edge, <c>X + Width</c>.</summary>
    public float Right => X + Width;

    /// <summary>The bottom edge, <c>Y + Height</c>.</summary>
    public float Bottom => Y + Height;

    /// <summary>The size of the rectangle.</summary>
    public PdfSize Size => new(Width, Height);
}

/// <summary>An opaque RGB colour; forms use black and greys only.</summary>
internal readonly record struct PdfColor(byte R, byte G, byte B)
{
    /// <summary>Text and strong rules.</summary>
    public static readonly PdfColor Black = new(0, 0, 0);

    /// <summary>Secondary text (captions, footer).</summary>
    public static readonly PdfColor Grey = new(90, 90, 90);

    /// <summary>Thin grid rules.</summary>
    public static readonly PdfColor LightGrey = new(170, 170, 170);

    /// <summary>Header and total row backgrounds.</summary>
    public static readonly PdfColor Shade = new(235, 235, 235);
}

/// <summary>Horizontal alignment of text inside its box.</summary>
internal enum TextAlign
{
    /// <summary>Flush left.</summary>
    Left,

    /// <summary>Centred.</summary>
    Center,

    /// <summary>Flush right (numbers).</summary>
    Right,
}

/// <summary>The two font weights a form uses.</summary>
public enum PdfFontStyle
{
    /// <summary>Regular sans.</summary>
    Regular,

    /// <summary>Bold sans.</summary>
    Bold,
}
