namespace Reporting.Core.Excel;

/// <summary>What a <see cref="XlsxCell"/> holds.</summary>
public enum XlsxCellKind
{
    Empty = 0,
    Text,
    Number,
    Date,
    Formula,
}
