namespace Reporting.Core.Pdf.Elements;

/// <summary>A table column width: fixed points, or a relative share of what the fixed columns leave.</summary>
public readonly record struct ColumnWidth(float Value, bool IsFixed)
{
    /// <summary>Exactly <paramref name="points"/> wide.</summary>
    public static ColumnWidth Fixed(float points) => new(points, true);

    /// <summary>A share of the remaining width (1 and 2 split it one third/two thirds).</summary>
    public static ColumnWidth Relative(float share = 1f) => new(share, false);
}
