namespace Reporting.Core.Excel;

/// <summary>
/// A column of a streamed sheet: its header text, its width in characters (digits of the default font, as Excel's
/// column-width dialog counts) and the style used for number and formula cells that carry no style of their own.
/// </summary>
public sealed record XlsxColumn
{
    /// <summary>Excel's limit is 255 characters.</summary>
    public const double MaxWidth = 255;

    public XlsxColumn(string header, double width = 12, XlsxStyle style = XlsxStyle.General)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(width, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, MaxWidth);
        Header = header;
        Width = width;
        Style = style;
    }

    public string Header { get; }
    public double Width { get; }
    public XlsxStyle Style { get; }

    /// <summary>
    /// The value Excel stores for a width of <paramref name="characters"/> digits of Calibri 11 (7 px per digit plus
    /// 5 px padding, truncated to 1/256 of a character), e.g. 14 → 14.7109375.
    /// </summary>
    public static double StoredWidth(double characters) => Math.Truncate((characters * 7 + 5) / 7 * 256) / 256;
}
