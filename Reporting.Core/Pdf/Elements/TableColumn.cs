namespace Reporting.Core.Pdf.Elements;

/// <summary>A table column: header text, width and alignment (use <see cref="TextAlign.Right"/> for amounts and counts).</summary>
public sealed record TableColumn(string Header, ColumnWidth Width, TextAlign Align = TextAlign.Left)
{
    /// <summary>A left-aligned text column sharing the remaining width.</summary>
    public static TableColumn Text(string header, float share = 1f) => new(header, ColumnWidth.Relative(share));

    /// <summary>A right-aligned number column of fixed width.</summary>
    public static TableColumn Number(string header, float width = 80f) => new(header, ColumnWidth.Fixed(width), TextAlign.Right);
}
