namespace Reporting.Core.Pdf.Elements;

/// <summary>How a table column gets its width.</summary>
internal enum ColumnSizing
{
    /// <summary>Exactly <see cref="ColumnWidth.Value"/> points; text that is too long wraps.</summary>
    Fixed,

    /// <summary>Free text (descriptions, names, payees): a share of what the other columns leave, at least its widest
    /// header word and, as far as the page allows, its widest word; wraps at spaces only.</summary>
    Relative,

    /// <summary>Identifiers, dates, amounts, counts: as wide as the widest cell (and header word); a cell is never
    /// broken.</summary>
    Fit,
}

/// <summary>A table column width: fixed points, a relative share of the rest, or fitted to the content.</summary>
internal readonly record struct ColumnWidth(float Value, ColumnSizing Sizing)
{
    /// <summary>True for <see cref="ColumnSizing.Fixed"/>.</summary>
    public bool IsFixed => Sizing == ColumnSizing.Fixed;

    /// <summary>Exactly <paramref name="points"/> wide.</summary>
    public static ColumnWidth Fixed(float points) => new(points, ColumnSizing.Fixed);

    /// <summary>A share of the remaining width (1 and 2 split it one third/two thirds).</summary>
    public static ColumnWidth Relative(float share = 1f) => new(share, ColumnSizing.Relative);

    /// <summary>As wide as the widest cell: for values that must never be broken.</summary>
    public static ColumnWidth Fit() => new(0, ColumnSizing.Fit);
}
