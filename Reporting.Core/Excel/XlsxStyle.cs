namespace Reporting.Core.Excel;

/// <summary>The number formats a cell can carry; see <see cref="ExcelNumberFormats"/> for their codes.</summary>
public enum XlsxStyle
{
    /// <summary>No format: numbers as Excel's "Standard".</summary>
    General = 0,
    /// <summary><c>@</c></summary>
    Text,
    /// <summary><c>#,##0.00</c></summary>
    Amount,
    /// <summary><c>#,##0.00 "€"</c></summary>
    Euro,
    /// <summary><c>0.0 %</c> (the value is a ratio: 0.719 shows as 71,9 %).</summary>
    Percent,
    /// <summary><c>#,##0</c></summary>
    Integer,
    /// <summary><c>dd.mm.yyyy</c></summary>
    Date,
}
