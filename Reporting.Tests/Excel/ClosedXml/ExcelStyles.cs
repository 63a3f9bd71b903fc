using ClosedXML.Excel;

namespace Reporting.Core.Excel;

/// <summary>
/// The styles of <see cref="StreamingXlsxWriter"/> for sheets built with ClosedXML (small forms such as the
/// zahlenmäßiger Nachweis): the same number format codes, bold headers and totals.
/// </summary>
public static class ExcelStyles
{
    /// <summary>Sets the number format of every cell in <paramref name="range"/> by code (never by built-in id).</summary>
    public static IXLRangeBase SetFormat(this IXLRangeBase range, XlsxStyle style)
    {
        ArgumentNullException.ThrowIfNull(range);
        range.Style.NumberFormat.Format = ExcelNumberFormats.For(style) ?? "General";
        return range;
    }

    /// <summary>Sets the number format of <paramref name="cell"/> by code.</summary>
    public static IXLCell SetFormat(this IXLCell cell, XlsxStyle style)
    {
        ArgumentNullException.ThrowIfNull(cell);
        cell.Style.NumberFormat.Format = ExcelNumberFormats.For(style) ?? "General";
        return cell;
    }

    /// <summary>Bold, bottom border: a header row.</summary>
    public static IXLRangeBase AsHeader(this IXLRangeBase range)
    {
        ArgumentNullException.ThrowIfNull(range);
        range.Style.Font.Bold = true;
        range.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
        return range;
    }

    /// <summary>Bold, top border: a total row.</summary>
    public static IXLRangeBase AsTotal(this IXLRangeBase range)
    {
        ArgumentNullException.ThrowIfNull(range);
        range.Style.Font.Bold = true;
        range.Style.Border.TopBorder = XLBorderStyleValues.Thin;
        return range;
    }

    /// <summary>Light yellow fill and unlocked: a cell the user is meant to fill in on a protected sheet.</summary>
    public static IXLRangeBase AsInput(this IXLRangeBase range)
    {
        ArgumentNullException.ThrowIfNull(range);
        range.Style.Fill.BackgroundColor = XLColor.FromArgb(0xFF, 0xFF, 0xF2, 0xCC);
        range.Style.Protection.Locked = false;
        return range;
    }
}
