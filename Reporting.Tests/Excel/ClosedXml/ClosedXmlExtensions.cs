using ClosedXML.Excel;
using Reporting.Core.Domain;

namespace Reporting.Core.Excel;

/// <summary>
/// Typed cell values for ClosedXML sheets, matching <see cref="XlsxCell"/>: text stays text, numbers keep their
/// decimal value, dates are real dates, each with its number format set by code.
/// </summary>
/// <remarks>
/// ClosedXML 0.95.4 keeps about 1 KB per cell: use it for forms of some hundred cells, and
/// <see cref="StreamingXlsxWriter"/> for lists. Never call <c>AdjustToContents</c> (it needs GDI+, which throws on
/// Linux): use <see cref="ColumnWidthCalculator"/>.
/// </remarks>
public static partial class ClosedXmlExtensions
{
    /// <summary>Writes a typed cell; a formula gets no cached value (ClosedXML cannot store one), see <see cref="ApplyDocumentInfo"/>.</summary>
    public static IXLCell Set(this IXLCell cell, XlsxCell value)
    {
        ArgumentNullException.ThrowIfNull(cell);
        switch (value.Kind)
        {
            case XlsxCellKind.Empty:
                cell.Clear(XLClearOptions.Contents);
                break;
            case XlsxCellKind.Text:
                cell.SetText(value.TextValue);
                break;
            case XlsxCellKind.Number:
                cell.SetValue(value.NumberValue);
                cell.SetFormat(value.Style ?? XlsxStyle.General);
                break;
            case XlsxCellKind.Date:
                cell.SetDate(ExcelDate.FromSerial((int)value.NumberValue));
                break;
            case XlsxCellKind.Formula:
                cell.FormulaA1 = value.TextValue;
                cell.SetFormat(value.Style ?? XlsxStyle.General);
                break;
        }
        if (value.IsBold)
        {
            cell.Style.Font.Bold = true;
        }
        return cell;
    }

    /// <summary>Text, always stored as text: <c>=SUM(A1)</c>, <c>0815</c> or <c>1234</c> stay what they are.</summary>
    public static IXLCell SetText(this IXLCell cell, string? text)
    {
        ArgumentNullException.ThrowIfNull(cell);
        cell.SetValue(text ?? "");
        cell.DataType = XLDataType.Text;
        return cell;
    }

    public static IXLCell SetNumber(this IXLCell cell, decimal value, XlsxStyle style = XlsxStyle.General) =>
        cell.SetValue(value).SetFormat(style);

    /// <summary><c>1.234,56 €</c></summary>
    public static IXLCell SetEuro(this IXLCell cell, Money amount) => cell.SetNumber(amount.Amount, XlsxStyle.Euro);

    /// <summary><c>1.234,56 €</c></summary>
    public static IXLCell SetEuro(this IXLCell cell, decimal amount) => cell.SetNumber(amount, XlsxStyle.Euro);

    /// <summary>A ratio shown as <c>71,9 %</c>.</summary>
    public static IXLCell SetPercent(this IXLCell cell, decimal ratio) => cell.SetNumber(ratio, XlsxStyle.Percent);

    /// <summary><c>1.234</c></summary>
    public static IXLCell SetInteger(this IXLCell cell, long value) => cell.SetNumber(value, XlsxStyle.Integer);

    /// <summary>A real date cell shown as <c>31.07.2018</c>.</summary>
    public static IXLCell SetDate(this IXLCell cell, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(cell);
        cell.SetValue(date.ToDateTime(TimeOnly.MinValue));
        return cell.SetFormat(XlsxStyle.Date);
    }

    /// <summary>
    /// Document properties (cleaned and cut as <see cref="XlsxText.Property"/> says); also asks Excel to recalculate formulas on opening, since ClosedXML writes formulas
    /// without cached results.
    /// </summary>
    public static XLWorkbook ApplyDocumentInfo(this XLWorkbook workbook, XlsxDocumentInfo info)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(info);
        var p = workbook.Properties;
        p.Title = XlsxText.Property(info.Title);
        p.Subject = XlsxText.Property(info.Subject);
        p.Author = XlsxText.Property(info.Creator);
        p.LastModifiedBy = p.Author;
        p.Created = info.Created.UtcDateTime;
        p.Modified = info.Created.UtcDateTime;
        p.Keywords = info.Keywords is null ? null : XlsxText.Property(info.Keywords);
        p.Comments = info.Description is null ? null : XlsxText.Property(info.Description);
        p.Company = info.Company is null ? null : XlsxText.Property(info.Company);
        workbook.FullCalculationOnLoad = true;
        return workbook;
    }
}
