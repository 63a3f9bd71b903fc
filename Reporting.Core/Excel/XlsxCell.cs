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

    private XlsxCell(XlsxCellKind kind, string? text, decimal number, XlsxStyle? style, bool bold)
    {
        Kind = kind;
        TextValue = text;
        NumberValue = number;
        Style = style;
        IsBold = bold;
    }

    public XlsxCellKind Kind { get; }

    /// <summary>The text of a text cell, or the formula (without <c>=</c>) of a formula cell.</summary>
    public string? TextValue { get; }

    /// <summary>The number, the date serial, or the cached result of a formula.</summary>
    public decimal NumberValue { get; }

    /// <summary>The cell's own style; <see langword="null"/> means "the column's style".</summary>
    public XlsxStyle? Style { get; }

    public bool IsBold { get; }

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
        return new(XlsxCellKind.Text, text.Length > MaxTextLength ? XlsxText.Cut(text, MaxTextLength) : text, 0m, null, false);
    }

    /// <summary>A number in the column's style (or <see cref="XlsxStyle.General"/>).</summary>
    public static XlsxCell Number(decimal value) => new(XlsxCellKind.Number, null, value, null, false);

    public static XlsxCell Number(decimal? value) => value is { } v ? Number(v) : Empty;

    public static XlsxCell Euro(decimal value) => new(XlsxCellKind.Number, null, value, XlsxStyle.Euro, false);

    public static XlsxCell Euro(Money value) => Euro(value.Amount);

    public static XlsxCell Amount(decimal value) => new(XlsxCellKind.Number, null, value, XlsxStyle.Amount, false);

    /// <summary>A ratio shown as percent: 0.719 shows as <c>71,9 %</c>.</summary>
    public static XlsxCell Percent(decimal ratio) => new(XlsxCellKind.Number, null, ratio, XlsxStyle.Percent, false);

    public static XlsxCell Integer(long value) => new(XlsxCellKind.Number, null, value, XlsxStyle.Integer, false);

    /// <summary>A real date cell; a date before <see cref="ExcelDate.FirstSupported"/>, which Excel cannot show as a
    /// date, becomes the text <c>31.12.1899</c>.</summary>
    public static XlsxCell Date(DateOnly date) => date < ExcelDate.FirstSupported
        ? Text(GermanFormat.Date(date))
        : new(XlsxCellKind.Date, null, ExcelDate.ToSerial(date), XlsxStyle.Date, false);

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
        return new(XlsxCellKind.Formula, formula, cachedValue, style, false);
    }

    /// <summary>This cell with the given number format.</summary>
    public XlsxCell WithStyle(XlsxStyle style) => new(Kind, TextValue, NumberValue, style, IsBold);

    /// <summary>This cell in bold (header and total rows).</summary>
    public XlsxCell Bold() => new(Kind, TextValue, NumberValue, Style, true);

    public static implicit operator XlsxCell(string? text) => Text(text);

    public static implicit operator XlsxCell(decimal value) => Number(value);

    public static implicit operator XlsxCell(DateOnly date) => Date(date);
}
