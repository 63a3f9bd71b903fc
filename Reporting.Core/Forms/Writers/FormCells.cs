using Reporting.Core.Output;

namespace Reporting.Core.Forms.Writers;

/// <summary>The one conversion from form values to the cells the CSV and JSON writers format.</summary>
internal static class FormCells
{
    public static FigureCell ToCell(this FormValue v)
    {
        if (v.IsSuppressed)
        {
            return FigureCell.Suppressed;
        }
        return v.Kind switch
        {
            ValueKind.Text => FigureCell.Of(v.Text),
            ValueKind.Count => v.Number is { } c ? new FigureCell(FigureCellKind.Count, c) : FigureCell.Empty,
            ValueKind.Number => FigureCell.Decimal(v.Number),
            ValueKind.Euro => v.Number is { } e ? new FigureCell(FigureCellKind.Euro, e) : FigureCell.Empty,
            ValueKind.Percent => FigureCell.Ratio(v.Number),
            ValueKind.Date => FigureCell.Day(v.Date),
            ValueKind.Flag => v.Number is { } f ? FigureCell.Flag(f != 0m) : FigureCell.Empty,
            _ => throw new ArgumentOutOfRangeException(nameof(v), v.Kind, "unknown kind"),
        };
    }
}
