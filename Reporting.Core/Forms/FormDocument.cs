namespace Reporting.Core.Forms;

/// <summary>A complete reporting form, renderer-neutral: the Excel and PDF renderers draw exactly this.</summary>
/// <remarks>Built only from the figures engine by a form builder; confidentiality (if <see cref="FormHeader.Published"/>)
/// is already applied, so every renderer shows the same cells.</remarks>
public sealed record FormDocument(FormHeader Header, IReadOnlyList<FormSection> Sections, IReadOnlyList<string> Footnotes)
{
    /// <summary>The id of the report run that wrote the form (docs/audit.md), carried in the xlsx properties, the PDF
    /// keywords and the JSON; null for a form rendered outside a run (the web app's downloads, tests).</summary>
    public string? RunId { get; init; }

    public IEnumerable<FormBlock> Blocks => Sections.SelectMany(s => s.Blocks);
}

/// <summary>What every page of a form states: form id and version, rule set, scope, period, Stichtag,
/// generation time and suppression mode.</summary>
/// <param name="PeriodLabel">The period's machine key (<c>2018-Q3</c>, <c>runtime</c>), as in file names and JSON keys.</param>
/// <param name="PeriodName">The period as a person reads it (<c>3. Quartal 2018</c>, <c>Projektlaufzeit</c>), see
/// <see cref="Text.GermanPeriodName"/>; what forms print.</param>
/// <param name="PeriodText">The period's days, <c>01.07.2018 – 30.09.2018</c>.</param>
public sealed record FormHeader(
    string FormId,
    string Version,
    string Title,
    string? Subtitle,
    string RuleSet,
    string ScopeKey,
    string ScopeLabel,
    string PeriodLabel,
    string PeriodName,
    string PeriodText,
    DateOnly AsOf,
    DateTimeOffset GeneratedAt,
    bool Published);

/// <summary>A part of a form. In Excel each distinct <see cref="Sheet"/> becomes one worksheet.</summary>
public sealed record FormSection(string Id, string Title, string Sheet, IReadOnlyList<FormBlock> Blocks);

public abstract record FormBlock(string Title);

/// <summary>Label: value rows (master data, key figures).</summary>
internal sealed record FieldsBlock(string Title, IReadOnlyList<FormField> Fields) : FormBlock(Title);

internal sealed record FormField(string Key, string Label, FormValue Value);

/// <summary>A table. Subtotal and total rows carry the engine's sums; Excel writes them as live formulas
/// over the data rows they close, and their cached results equal these values.</summary>
/// <param name="IsList">A long list (Belegliste, monthly export): frozen header, autofilter, own sheet.</param>
internal sealed record TableBlock(
    string Title,
    string Key,
    IReadOnlyList<FormColumn> Columns,
    IReadOnlyList<FormRow> Rows,
    bool IsList = false) : FormBlock(Title);

internal sealed record FormColumn(string Key, string Label, ValueKind Kind, double Width = 0);

internal enum RowRole
{
    Data,
    /// <summary>Sums the data rows since the previous subtotal (or the table start).</summary>
    Subtotal,
    /// <summary>Sums all data rows of the table.</summary>
    Total,
}

internal sealed record FormRow(IReadOnlyList<FormValue> Cells, RowRole Role = RowRole.Data);

/// <summary>Running text (Sachbericht, explanations). Paragraphs separated by blank lines; lines starting with
/// <c>#</c> are headings and <c>- </c> bullet points (the Markdown subset we support).</summary>
internal sealed record TextBlock(string Title, string Text) : FormBlock(Title);

/// <summary>A chart drawn from series the engine computed; Excel shows the same numbers as a table.</summary>
internal sealed record ChartBlock(string Title, string Key, ChartKind Kind, string XLabel, string YLabel,
    IReadOnlyList<ChartSeries> Series) : FormBlock(Title);

internal enum ChartKind
{
    /// <summary>Lines over dates (placements over time against target and expected path).</summary>
    TimeLines,
    /// <summary>Paired bars per category (spent against approved).</summary>
    Bars,
}

internal sealed record ChartSeries(string Label, IReadOnlyList<ChartPoint> Points);

/// <summary>A point: <see cref="Date"/> for time lines, <see cref="Category"/> for bars.</summary>
internal sealed record ChartPoint(DateOnly? Date, string? Category, decimal Value);

/// <summary>Place/date and signature lines of a proof of use.</summary>
internal sealed record SignatureBlock(string Title, IReadOnlyList<string> Captions) : FormBlock(Title);
