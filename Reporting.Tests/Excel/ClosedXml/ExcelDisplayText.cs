using System.Globalization;
using ClosedXML.Excel;
using Reporting.Core.Text;

namespace Reporting.Core.Excel;

/// <summary>
/// The text a German Excel shows for a ClosedXML cell, used to size columns. Number formats are applied with
/// ExcelNumberFormat under a hand-built German culture (decimal comma, thousands dot), so no ICU data and no
/// thread culture are involved.
/// </summary>
public static class ExcelDisplayText
{
    private static readonly CultureInfo German = BuildGerman();

    /// <summary>The displayed text of <paramref name="cell"/>; formulas are shown by their computed value.</summary>
    public static string Of(IXLCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (cell.DataType == XLDataType.Text && !cell.HasFormula)
        {
            return cell.GetString();
        }
        var value = cell.HasFormula ? Evaluate(cell) : cell.Value;
        var code = cell.Style.NumberFormat.Format;
        return Format(value, string.IsNullOrEmpty(code) ? "General" : code);
    }

    /// <summary><paramref name="value"/> formatted with an Excel format code as a German Excel shows it.</summary>
    public static string Format(object? value, string formatCode)
    {
        switch (value)
        {
            case null:
                return "";
            case string s:
                return s;
            case DateTime d when formatCode == "General":
                return GermanFormat.Date(DateOnly.FromDateTime(d));
        }
        var format = new ExcelNumberFormat.NumberFormat(formatCode);
        if (!format.IsValid)
        {
            return Convert.ToString(value, German) ?? "";
        }
        return format.Format(value is decimal m ? (double)m : value, German);
    }

    private static object? Evaluate(IXLCell cell)
    {
        try
        {
            return cell.Value;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // ClosedXML's formula engine does not know every function; size such a column by its other cells.
            return null;
        }
    }

    private static CultureInfo BuildGerman()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat = (NumberFormatInfo)GermanFormat.Numbers.Clone();
        culture.NumberFormat.CurrencySymbol = "€";
        culture.DateTimeFormat.DateSeparator = ".";
        culture.DateTimeFormat.ShortDatePattern = "dd.MM.yyyy";
        return CultureInfo.ReadOnly(culture);
    }
}
