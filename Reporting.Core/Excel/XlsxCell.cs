using Reporting.Core.Domain;
using Reporting.Core.Text;

namespace Reporting.Core.Excel;

/// <summary>
/// One typed cell for <see cref="XlsxSheetWriter.WriteRow(ReadOnlySpan{XlsxCell})"/>. Text is always written as text
/// (a text beginning with <c>=</c> never becomes a formula); numbers keep their exact decimal value; dates are real
/// date serials. A cell without its own style takes its column's style.
/// </summary>
public readonly record struct XlsxCell
{
    /// <summary>Excel's limit for the characters (UTF-16 units) in one cell.</summary>
    public const int MaxTextLength = 32767;

    public XlsxCellKind Kind { get; private init; }

    /// <summary>The text of a text cell, or the formula (without <c>=</c>) of a formula cell.</summary>
    public string? TextValue { get; private init; }

    /// <summary>The number, the date serial, or the cached result of a formula.</summary>
    public decimal NumberValue { get; private init; }

    /// <summary>The cell's own style; <see langword="null"/> means "the column's style".</summary>
    public XlsxStyle? Style { get; private init; }

    public bool IsBold { get; private init; }

    public static XlsxCell Empty => default;

    /// <summary>
    /// A text cell. Text longer than <see cref="MaxTextLength"/> is cut to that length and ends in
    /// <see cref="XlsxText.CutMark"/> (<c>… [gekürzt]</c>); characters XML cannot hold are kept, escaped as Excel does.
    /// </summary>
    public static XlsxCell Text(string? text)
    {
        if (text is null)
        {
            return Empty;
        }
        return new() { Kind = XlsxCellKind.Text, TextValue = text.Length > MaxTextLength ? XlsxText.Cut(text, MaxTextLength) : text };
    }

    /// <summary>A number in the column's style (or <see cref="XlsxStyle.General"/>).</summary>
    public static XlsxCell Number(decimal value) => new() { Kind = XlsxCellKind.Number, NumberValue = value };

    public static XlsxCell Number(decimal? value) => value is { } v ? Number(v) : Empty;

    public static XlsxCell Euro(decimal value) => Number(value).WithStyle(XlsxStyle.Euro);

    public static XlsxCell Euro(Money value) => Euro(value.Amount);

    public static XlsxCell Amount(decimal value) => Number(value).WithStyle(XlsxStyle.Amount);

    /// <summary>A ratio shown as percent: 0.719 shows as <c>71,9 %</c>.</summary>
    public static XlsxCell Percent(decimal ratio) => Number(ratio).WithStyle(XlsxStyle.Percent);

    public static XlsxCell Integer(long value) => Number(value).WithStyle(XlsxStyle.Integer);

    /// <summary>A real date cell; a date before <see cref="ExcelDate.FirstSupported"/>, which Excel cannot show as a
    /// date, becomes the text <c>31.12.1899</c>.</summary>
    public static XlsxCell Date(DateOnly date) => date < ExcelDate.FirstSupported
        ? Text(GermanFormat.Date(date))
        : new() { Kind = XlsxCellKind.Date, NumberValue = ExcelDate.ToSerial(date), Style = XlsxStyle.Date };

    public static XlsxCell Date(DateOnly? date) => date is { } d ? Date(d) : Empty;

    /// <summary>
    /// A live formula (without the leading <c>=</c>, e.g. <c>SUBTOTAL(9,E2:E5001)</c>) with the result we computed
    /// ourselves cached in the file, so readers that do not recalculate still show our figure.
    /// </summary>
    public static XlsxCell Formula(string formula, decimal cachedValue, XlsxStyle? style = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(formula);
        if (formula.StartsWith('='))
        {
            throw new ArgumentException("Give the formula without the leading '='.", nameof(formula));
        }
        return new() { Kind = XlsxCellKind.Formula, TextValue = formula, NumberValue = cachedValue, Style = style };
    }

    /// <summary>This cell with the given number format.</summary>
    public XlsxCell WithStyle(XlsxStyle style) => this with { Style = style };

    /// <summary>This cell in bold (header and total rows).</summary>
    public XlsxCell Bold() => this with { IsBold = true };

    public static implicit operator XlsxCell(string? text) => Text(text);

    public static implicit operator XlsxCell(decimal value) => Number(value);

    public static implicit operator XlsxCell(DateOnly date) => Date(date);
}
