using Reporting.Core.Pdf.Canvas;
using Reporting.Core.Pdf.Layout;
using Reporting.Core.Pdf.Text;

namespace Reporting.Core.Pdf.Elements;

/// <summary>"Label: value" rows (Zuwendungsempfänger, Aktenzeichen, ...); labels grey, values wrap; splits between rows.</summary>
internal sealed class KeyValueBlock : Element
{
    private const float Gap = 8f;
    private int _firstRow;

    /// <summary>Creates the block; <paramref name="labelWidth"/> is the label column in points.</summary>
    public KeyValueBlock(IReadOnlyList<KeyValuePair<string, string>> rows, float labelWidth = 150f, TextStyle? style = null)
    {
        Rows = rows ?? throw new ArgumentNullException(nameof(rows));
        LabelWidth = labelWidth;
        Style = style ?? TextStyle.Body;
    }

    /// <summary>The rows in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Rows { get; }

    /// <summary>Width of the label column.</summary>
    public float LabelWidth { get; }

    /// <summary>Style of the values (labels use the same size in grey).</summary>
    public TextStyle Style { get; }

    /// <inheritdoc />
    public override SpacePlan Measure(PdfSize available, LayoutContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_firstRow >= Rows.Count)
        {
            return SpacePlan.Empty;
        }

        var (count, height) = Fit(available, context);
        if (count == 0)
        {
            return SpacePlan.Wrap($"{Describe()}: row '{Rows[_firstRow].Key}' does not fit");
        }

        return _firstRow + count == Rows.Count ? SpacePlan.Full(height) : SpacePlan.Partial(height);
    }

    /// <inheritdoc />
    public override void Draw(IPdfCanvas canvas, PdfRect area, LayoutContext context)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(context);
        var (count, _) = Fit(area.Size, context);
        var labelStyle = Style with { Color = PdfColor.Grey };
        float y = area.Y;
        float baseline = context.Text.BaselineOffset(Style);
        for (int r = _firstRow; r < _firstRow + count; r++)
        {
            var labels = context.Text.Wrap(Rows[r].Key + ":", labelStyle, LabelWidth);
            var values = context.Text.Wrap(Rows[r].Value, Style, area.Width - LabelWidth - Gap);
            for (int i = 0; i < labels.Count; i++)
            {
                canvas.DrawText(labels[i], area.X, y + baseline + (i * Style.LineHeight));
            }

            for (int i = 0; i < values.Count; i++)
            {
                canvas.DrawText(values[i], area.X + LabelWidth + Gap, y + baseline + (i * Style.LineHeight));
            }

            y += RowHeight(labels.Count, values.Count);
        }

        _firstRow += count;
    }

    /// <inheritdoc />
    public override void ResetState() => _firstRow = 0;

    private (int Count, float Height) Fit(PdfSize available, LayoutContext context)
    {
        var labelStyle = Style with { Color = PdfColor.Grey };
        float used = 0;
        int count = 0;
        for (int r = _firstRow; r < Rows.Count; r++)
        {
            int labelLines = context.Text.Wrap(Rows[r].Key + ":", labelStyle, LabelWidth).Count;
            int valueLines = context.Text.Wrap(Rows[r].Value, Style, available.Width - LabelWidth - Gap).Count;
            float h = RowHeight(labelLines, valueLines);
            if (used + h > available.Height + 0.001f)
            {
                break;
            }

            used += h;
            count++;
        }

        return (count, used);
    }

    private float RowHeight(int labelLines, int valueLines) => (Math.Max(1, Math.Max(labelLines, valueLines)) * Style.LineHeight) + 2f;
}
