using System.Text.Json.Serialization;

namespace Reporting.Core.Forms;

/// <summary>A form definition as stored in <c>templates/*.json</c>: which figures, in which order, under which labels.
/// Form id, version and rule set are data, so another Land's form or a newer version is a new file, not new code.</summary>
public sealed record FormTemplate
{
    [JsonPropertyName("form_id")] public string FormId { get; init; } = "";
    [JsonPropertyName("version")] public string Version { get; init; } = "";
    /// <summary>Which builder fills it: <c>quarterly</c>, <c>proof</c>, <c>targets</c> or <c>monthly</c>.</summary>
    [JsonPropertyName("form")] public string Form { get; init; } = "";
    [JsonPropertyName("title")] public string Title { get; init; } = "";
    [JsonPropertyName("subtitle")] public string? Subtitle { get; init; }
    [JsonPropertyName("rule_set")] public string RuleSet { get; init; } = "";
    [JsonPropertyName("sections")] public IReadOnlyList<SectionTemplate> Sections { get; init; } = [];
    [JsonPropertyName("footnotes")] public IReadOnlyList<string> Footnotes { get; init; } = [];
}

public sealed record SectionTemplate
{
    [JsonPropertyName("id")] public string Id { get; init; } = "";
    [JsonPropertyName("title")] public string Title { get; init; } = "";
    /// <summary>Excel worksheet name (≤ 31 characters); sections sharing a sheet are written one below the other.</summary>
    [JsonPropertyName("sheet")] public string Sheet { get; init; } = "";
    [JsonPropertyName("blocks")] public IReadOnlyList<BlockTemplate> Blocks { get; init; } = [];
}

/// <summary>One block: <c>fields</c> (with <see cref="Fields"/>), <c>table</c> (with <see cref="Table"/> and optional
/// <see cref="Columns"/>), <c>chart</c> (with <see cref="Chart"/>), <c>text</c> (with <see cref="Text"/> or
/// <c>source: narrative</c>), or <c>signature</c> (with <see cref="Captions"/>).</summary>
public sealed record BlockTemplate
{
    [JsonPropertyName("type")] public string Type { get; init; } = "";
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("fields")] public IReadOnlyList<FieldTemplate>? Fields { get; init; }
    [JsonPropertyName("table")] public string? Table { get; init; }
    [JsonPropertyName("columns")] public IReadOnlyList<FieldTemplate>? Columns { get; init; }
    [JsonPropertyName("chart")] public string? Chart { get; init; }
    [JsonPropertyName("text")] public string? Text { get; init; }
    [JsonPropertyName("source")] public string? Source { get; init; }
    [JsonPropertyName("captions")] public IReadOnlyList<string>? Captions { get; init; }
}

/// <summary>A field or column: the figure's name in the catalog, and an optional label replacing the default.</summary>
public sealed record FieldTemplate
{
    [JsonPropertyName("figure")] public string Figure { get; init; } = "";
    [JsonPropertyName("label")] public string? Label { get; init; }
}
