using System.Text.Json;
using System.Text.Json.Serialization;
using Reporting.Core.Domain;
using Reporting.Core.Output;

namespace Reporting.Core.Reports;

/// <summary>A batch manifest (JSON): where to write, and the jobs to run. See docs/batch.md.</summary>
public sealed record BatchManifest
{
    /// <summary>Output folder, relative to the manifest's folder unless absolute.</summary>
    [JsonPropertyName("output")] public string Output { get; init; } = "out";
    [JsonPropertyName("csv_style")] public string? CsvStyle { get; init; }
    [JsonPropertyName("jobs")] public IReadOnlyList<BatchJobSpec> Jobs { get; init; } = [];
}

/// <summary>One job: <c>scope</c> is <c>all</c>, <c>project:ID</c>, <c>program:ID</c>, <c>funder:NAME</c>,
/// <c>recipient:NAME</c> or <c>region:NAME</c>; <c>period</c> anything <see cref="PeriodSpec"/> parses
/// (<c>last-month</c> for cron).</summary>
public sealed record BatchJobSpec
{
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("form")] public string Form { get; init; } = "";
    [JsonPropertyName("scope")] public string Scope { get; init; } = "all";
    [JsonPropertyName("period")] public string Period { get; init; } = "";
    [JsonPropertyName("formats")] public IReadOnlyList<string> Formats { get; init; } = [];
    [JsonPropertyName("publish")] public bool Publish { get; init; }
    [JsonPropertyName("narrative")] public string? Narrative { get; init; }
    [JsonPropertyName("template")] public string? Template { get; init; }
}

public static class BatchManifestLoader
{
    private static readonly JsonSerializerOptions Json = new()
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The manifest and its jobs turned into <see cref="ReportJob"/>s (paths resolved against the manifest's
    /// folder); every problem is listed as <c>file: jobs[i]: problem</c>.</summary>
    /// <exception cref="ReportException">The manifest is a folder, unreadable or larger than 10 MB.</exception>
    public static (BatchManifest? Manifest, IReadOnlyList<ReportJob> Jobs, IReadOnlyList<string> Problems) Load(string path)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            return (null, [], [$"{path}: manifest not found"]);
        }
        var bytes = InputText.ReadBytes(path, "manifest", InputText.NarrativeLimit);
        BatchManifest? manifest;
        try
        {
            using var reader = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            manifest = JsonSerializer.Deserialize<BatchManifest>(reader.ReadToEnd(), Json);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } l ? $"line {l + 1}: " : "";
            return (null, [], [$"{name}: {where}not a valid manifest: {e.Message.Split(" Path:")[0]}"]);
        }
        if (manifest is null || manifest.Jobs.Count == 0)
        {
            return (manifest, [], [$"{name}: the manifest has no jobs"]);
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var output = Path.GetFullPath(manifest.Output, folder);
        var csvStyle = manifest.CsvStyle is null ? Output.CsvStyle.German : Output.CsvStyle.Parse(manifest.CsvStyle);
        var problems = new List<string>();
        if (csvStyle is null)
        {
            problems.Add($"{name}: csv_style '{manifest.CsvStyle}' is unknown; use de or iso");
        }
        var jobs = new List<ReportJob>();
        for (var i = 0; i < manifest.Jobs.Count; i++)
        {
            var spec = manifest.Jobs[i];
            var at = $"{name}: jobs[{i}]{(spec.Name is null ? "" : $" ({spec.Name})")}";
            var period = PeriodSpec.Parse(spec.Period);
            var scope = ParseScope(spec.Scope);
            if (Forms.FormKinds.CatalogFor(spec.Form) is null)
                problems.Add($"{at}: form '{spec.Form}' is unknown; use {string.Join(", ", Forms.FormKinds.All)}");
            if (!period.Success)
                problems.Add($"{at}: {period.Error}");
            if (scope is null)
                problems.Add($"{at}: scope '{spec.Scope}' is unknown; use all, project:ID, program:ID, funder:NAME, recipient:NAME or region:NAME");
            var badFormats = spec.Formats.Where(f => !ReportService.Formats.Contains(f)).ToList();
            if (spec.Formats.Count == 0 || badFormats.Count > 0)
                problems.Add($"{at}: formats must name at least one of {string.Join(", ", ReportService.Formats)}");
            if (problems.Count == 0)
            {
                jobs.Add(new ReportJob(spec.Form, scope!, period.Value!, spec.Formats, output, spec.Publish,
                    spec.Narrative is null ? null : Path.GetFullPath(spec.Narrative, folder),
                    spec.Template is null ? null : Path.GetFullPath(spec.Template, folder), csvStyle));
            }
        }
        return (manifest, problems.Count == 0 ? jobs : [], problems);
    }

    /// <summary><c>all</c> or <c>kind:value</c>.</summary>
    public static ReportScope? ParseScope(string text)
    {
        var t = text.Trim();
        if (t.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            return ReportScope.AllProjects;
        }
        var colon = t.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == t.Length - 1)
        {
            return null;
        }
        var value = t[(colon + 1)..].Trim();
        return t[..colon].Trim().ToLowerInvariant() switch
        {
            "project" => new ReportScope(ScopeKind.Project, value),
            "program" => new ReportScope(ScopeKind.Program, value),
            "funder" => new ReportScope(ScopeKind.Funder, value),
            "recipient" => new ReportScope(ScopeKind.Recipient, value),
            "region" => new ReportScope(ScopeKind.Region, value),
            _ => null,
        };
    }
}
