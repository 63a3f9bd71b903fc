namespace Reporting.Core.Excel;

/// <summary>
/// The number format codes every workbook of ours uses, written by code (never by built-in id) so the file looks the
/// same whatever the machine's culture. Excel shows them with the reader's separators: under a German Excel
/// <see cref="Euro"/> reads <c>1.234,56 €</c>.
/// </summary>
internal static class ExcelNumberFormats
{
    /// <summary><c>1.234,56 €</c>; negative <c>-50,00 €</c>.</summary>
    public const string Euro = "#,##0.00 \"€\"";

    /// <summary><c>1.234,56</c> (amounts in a column whose header says EUR).</summary>
    public const string Amount = "#,##0.00";

    /// <summary><c>71,9 %</c> from the ratio 0.719.</summary>
    public const string Percent = "0.0 %";

    /// <summary><c>1.234</c></summary>
    public const string Integer = "#,##0";

    /// <summary><c>31.07.2018</c> (a real date serial underneath).</summary>
    public const string Date = "dd.mm.yyyy";

    /// <summary>Excel's built-in text format: what is typed stays text.</summary>
    public const string Text = "@";

    /// <summary>The format code a style stands for; <see langword="null"/> for <see cref="XlsxStyle.General"/>.</summary>
    public static string? For(XlsxStyle style) => style switch
    {
        XlsxStyle.General => null,
        XlsxStyle.Text => Text,
        XlsxStyle.Amount => Amount,
        XlsxStyle.Euro => Euro,
        XlsxStyle.Percent => Percent,
        XlsxStyle.Integer => Integer,
        XlsxStyle.Date => Date,
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, null),
    };
}
