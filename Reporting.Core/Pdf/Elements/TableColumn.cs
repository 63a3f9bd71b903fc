namespace Reporting.Core.Pdf.Elements;

/// <summary>A table column: header text, width and alignment (use <see cref="TextAlign.Right"/> for amounts and counts).</summary>
internal sealed record TableColumn(string Header, ColumnWidth Width, TextAlign Align = TextAlign.Left)
{
    /// <summary>A left-aligned free-text column sharing the remaining width; wraps at spaces.</summary>
    public static TableColumn Text(string header, float share = 1f) => new(header, ColumnWidth.Relative(share));

    /// <summary>A right-aligned number column of fixed width.</summary>
    public static TableColumn Number(string header, float width) => new(header, ColumnWidth.Fixed(width), TextAlign.Right);

    /// <summary>A right-aligned number column as wide as its widest value (amounts, counts).</summary>
    public static TableColumn Number(string header) => new(header, ColumnWidth.Fit(), TextAlign.Right);

    /// <summary>A column for values that are never broken (voucher numbers, ids, dates), as wide as the widest.</summary>
    public static TableColumn Identifier(string header, TextAlign align = TextAlign.Left) => new(header, ColumnWidth.Fit(), align);
}
