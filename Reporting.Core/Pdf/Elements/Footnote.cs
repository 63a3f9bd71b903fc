using Reporting.Core.Pdf.Canvas;
using Reporting.Core.Pdf.Layout;
using Reporting.Core.Pdf.Text;

namespace Reporting.Core.Pdf.Elements;

/// <summary>A small grey note below a short rule, e.g. "* Werte unter 3 werden aus Datenschutzgründen nicht ausgewiesen."</summary>
internal sealed class Footnote : Element
{
    private const float RuleGap = 4f;
    private readonly Paragraph _text;
    private bool _ruleDrawn;

    /// <summary>Creates a footnote; <paramref name="marker"/> (e.g. "*" or "1") is prefixed when given.</summary>
    public Footnote(string text, string? marker = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = new Paragraph(marker is null ? text : marker + " " + text, TextStyle.Small);
    }

    /// <inheritdoc />
    public override SpacePlan Measure(PdfSize available, LayoutContext context)
    {
        float rule = _ruleDrawn ? 0 : RuleGap;
        var inner = _text.Measure(available with { Height = available.Height - rule }, context);
        return inner.Kind switch
        {
            SpacePlanKind.Full => SpacePlan.Full(inner.Height + rule),
            SpacePlanKind.Partial => SpacePlan.Partial(inner.Height + rule),
            SpacePlanKind.Wrap => SpacePlan.Wrap($"{Describe()}: {inner.Reason}"),
            _ => inner,
        };
    }

    /// <inheritdoc />
    public override void Draw(IPdfCanvas canvas, PdfRect area, LayoutContext context)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        float rule = 0;
        if (!_ruleDrawn)
        {
            canvas.DrawLine(area.X, area.Y + 1f, area.X + 80f, area.Y + 1f, 0.4f, PdfColor.Grey);
            _ruleDrawn = true;
            rule = RuleGap;
        }

        _text.Draw(canvas, area with { Y = area.Y + rule, Height = area.Height - rule }, context);
    }

    /// <inheritdoc />
    public override void ResetState()
    {
        _ruleDrawn = false;
        _text.ResetState();
    }
}
