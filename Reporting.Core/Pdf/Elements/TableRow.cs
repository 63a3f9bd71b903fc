namespace Reporting.Core.Pdf.Elements;

/// <summary>How a row is styled.</summary>
internal enum TableRowKind
{
    /// <summary>A data row.</summary>
    Normal,

    /// <summary>A bold subtotal row.</summary>
    Subtotal,

    /// <summary>A bold, shaded total row with a rule above.</summary>
    Total,
}

/// <summary>One table row: one string per column, already formatted (renderers format, the layout never does).</summary>
internal sealed record TableRow(IReadOnlyList<string> Cells, TableRowKind Kind = TableRowKind.Normal)
{
    /// <summary>A data row.</summary>
    public static TableRow Of(params string[] cells) => new(cells);

    /// <summary>A subtotal row.</summary>
    public static TableRow Subtotal(params string[] cells) => new(cells, TableRowKind.Subtotal);

    /// <summary>A total row.</summary>
    public static TableRow Total(params string[] cells) => new(cells, TableRowKind.Total);
}
