using Reporting.Core.Pdf.Layout;
using Reporting.Core.Pdf.Text;

namespace Reporting.Core.Pdf.Elements;

/// <summary>
/// A table whose header row repeats on every page it continues on. Columns are sized from their content measured with
/// the document's fonts (<see cref="ColumnSizing"/>): identifiers and numbers are never broken, free text wraps at spaces. Rows never split unless a single row is taller
/// than a whole page body; then it is split between lines. Continued pages show "(Fortsetzung)" after the caption
/// (or alone, when there is no caption) and pages the table leaves show "Fortsetzung auf der nächsten Seite" below the last row.
/// Paging state is two integers plus a small window of laid-out rows, so 10,000 rows stay cheap.
/// </summary>
internal sealed partial class Table : Element
{
    internal const float PadX = 3f;
    internal const float PadY = 2.5f;
    private readonly List<RowLayout> _window = new();
    private int _nextRow;
    private int _lineOffset;
    private bool _continued;
    private float _layoutWidth = -1;
    private float[] _columnWidths = [];
    private RowLayout? _header;

    /// <summary>Creates a table; every row must have one cell per column.</summary>
    public Table(IReadOnlyList<TableColumn> columns, IReadOnlyList<TableRow> rows, string? caption = null, TextStyle? style = null, TableTexts? texts = null)
    {
        Columns = columns ?? throw new ArgumentNullException(nameof(columns));
        Rows = rows ?? throw new ArgumentNullException(nameof(rows));
        ArgumentOutOfRangeException.ThrowIfZero(columns.Count);
        Caption = caption;
        Style = style ?? new TextStyle(8f);
        Texts = texts ?? TableTexts.German;
    }

    /// <summary>The column definitions.</summary>
    public IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>The rows in order (not copied: a lazily produced list works too).</summary>
    public IReadOnlyList<TableRow> Rows { get; }

    /// <summary>Optional bold caption above the header.</summary>
    public string? Caption { get; }

    /// <summary>Cell text style.</summary>
    public TextStyle Style { get; }

    /// <summary>Continuation texts.</summary>
    public TableTexts Texts { get; }

    private TextStyle CaptionStyle => new(Style.Size + 1.5f, PdfFontStyle.Bold);

    /// <summary>The caption line: the caption, with "(Fortsetzung)" on continued pages; only that on continued pages without one.</summary>
    private string? CaptionText => _continued ? (Caption ?? string.Empty) + Texts.ContinuedSuffix : Caption;

    private TextStyle MarkerStyle => new(Style.Size - 1f, PdfFontStyle.Regular, PdfColor.Grey);

    /// <inheritdoc />
    public override void ResetState()
    {
        _nextRow = 0;
        _lineOffset = 0;
        _continued = false;
        _window.Clear();
    }

    /// <inheritdoc />
    public override string Describe() => Caption is null ? $"Table '{Columns[0].Header}'" : $"Table '{Caption}'";

    /// <summary>One row wrapped into its cells for the current column widths.</summary>
    private sealed record RowLayout(int Index, IReadOnlyList<TextRun>[] Cells, TextStyle Style, TableRowKind Kind)
    {
        public int LineCount { get; } = Math.Max(1, Cells.Max(c => c.Count));
    }
}
