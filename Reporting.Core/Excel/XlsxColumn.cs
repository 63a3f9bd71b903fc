namespace Reporting.Core.Excel;

/// <summary>
/// A column of a streamed sheet: its header text, its width in characters (digits of the default font, as Excel's
/// column-width dialog counts) and the style used for number and formula cells that carry no style of their own.
/// A column made with <see cref="Fit"/> takes its width from the data instead.
/// </summary>
internal sealed record XlsxColumn
{
    /// <summary>Excel's limit is 255 characters.</summary>
    public const double MaxWidth = 255;

    /// <summary>The default cap of a fitted column: wider text wraps in a column this wide.</summary>
    public const double DefaultMaxFitWidth = 50;

    /// <summary>The narrowest a fitted column gets.</summary>
    public const double MinFitWidth = 4;

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

    /// <summary>The width; for a fitted column the least width.</summary>
    public double Width { get; }

    public XlsxStyle Style { get; }

    /// <summary>Width from the longest value shown (header included), between <see cref="Width"/> and
    /// <see cref="MaxFitWidth"/>; text longer than that wraps. See <see cref="XlsxSheetWriter.MeasuredCells"/>.</summary>
    public bool FitToContent { get; private init; }

    /// <summary>The cap of a fitted column.</summary>
    public double MaxFitWidth { get; private init; } = MaxWidth;

    /// <summary>A column as wide as its longest value (in characters, plus room for the filter button), at most
    /// <paramref name="maxWidth"/>; longer text wraps.</summary>
    public static XlsxColumn Fit(string header, XlsxStyle style = XlsxStyle.General, double maxWidth = DefaultMaxFitWidth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWidth, MinFitWidth);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxWidth, MaxWidth);
        return new XlsxColumn(header, MinFitWidth, style) { FitToContent = true, MaxFitWidth = maxWidth };
    }

    /// <summary>
    /// The value Excel stores for a width of <paramref name="characters"/> digits of Calibri 11 (7 px per digit plus
    /// 5 px padding, truncated to 1/256 of a character), e.g. 14 → 14.7109375.
    /// </summary>
    public static double StoredWidth(double characters) => Math.Truncate((characters * 7 + 5) / 7 * 256) / 256;
}
