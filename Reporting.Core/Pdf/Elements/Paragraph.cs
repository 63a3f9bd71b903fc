using Reporting.Core.Pdf.Canvas;
using Reporting.Core.Pdf.Layout;
using Reporting.Core.Pdf.Text;

namespace Reporting.Core.Pdf.Elements;

/// <summary>Word-wrapped text in one style and alignment; splits between lines across pages.</summary>
internal sealed class Paragraph : Element
{
    private IReadOnlyList<TextRun>? _lines;
    private float _linesWidth = -1;
    private int _firstLine;

    /// <summary>Creates a paragraph; <paramref name="style"/> defaults to <see cref="TextStyle.Body"/>.</summary>
    public Paragraph(string text, TextStyle? style = null, TextAlign align = TextAlign.Left)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Style = style ?? TextStyle.Body;
        Align = align;
    }

    /// <summary>The text; <c>\n</c> forces a line break.</summary>
    public string Text { get; }

    /// <summary>Font, size and colour.</summary>
    public TextStyle Style { get; }

    /// <summary>Horizontal alignment of each line.</summary>
    public TextAlign Align { get; }

    /// <summary>A bold heading paragraph (11 pt unless given), kept on a page with what follows it.</summary>
    public static Paragraph Heading(string text, float size = 11f) => new(text, new TextStyle(size, PdfFontStyle.Bold)) { KeepsWithNext = true };

    /// <summary>Whether the paragraph is kept on one page with the next element (see <see cref="Element.KeepWithNext"/>).</summary>
    public bool KeepsWithNext { get; init; }

    /// <inheritdoc />
    public override bool KeepWithNext => KeepsWithNext && _firstLine == 0;

    /// <inheritdoc />
    public override SpacePlan Measure(PdfSize available, LayoutContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var all = Lines(available.Width, context);
        int remaining = all.Count - _firstLine;
        if (remaining <= 0)
        {
            return SpacePlan.Empty;
        }

        int fit = (int)Math.Floor((available.Height + 0.001f) / Style.LineHeight);
        if (fit >= remaining)
        {
            return SpacePlan.Full(remaining * Style.LineHeight);
        }

        // Less than one line of room (possibly none at all, when a caller subtracts its own spacing) wraps.
        return fit <= 0 ? SpacePlan.Wrap(FormattableString.Invariant($"{Describe()}: a line of {Style.LineHeight:0.#} pt does not fit")) : SpacePlan.Partial(fit * Style.LineHeight);
    }

    /// <inheritdoc />
    public override void Draw(IPdfCanvas canvas, PdfRect area, LayoutContext context)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(context);
        var all = Lines(area.Width, context);
        int fit = Math.Max(0, Math.Min(all.Count - _firstLine, (int)Math.Floor((area.Height + 0.001f) / Style.LineHeight)));
        float baseline = area.Y + context.Text.BaselineOffset(Style);
        for (int i = 0; i < fit; i++)
        {
            var line = all[_firstLine + i];
            canvas.DrawText(line, TextBox.AlignX(area.X, area.Width, line.Width, Align), baseline + (i * Style.LineHeight));
        }

        _firstLine += fit;
    }

    /// <inheritdoc />
    public override void ResetState() => _firstLine = 0;

    /// <inheritdoc />
    public override string Describe() => $"Paragraph '{(Text.Length > 30 ? Text[..30] + "…" : Text)}'";

    private IReadOnlyList<TextRun> Lines(float width, LayoutContext context)
    {
        if (_lines is null || Math.Abs(_linesWidth - width) > 0.01f)
        {
            _lines = context.Text.Wrap(Text, Style, width);
            _linesWidth = width;
        }

        return _lines;
    }
}
