using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Reporting.Core.Domain;
using Reporting.Core.Output;
using Reporting.Core.Reports;

namespace Reporting.Core.Audit;

/// <summary>A report run's job and day as JSON (the <c>options</c> of the audit trail, docs/audit.md), read back by
/// <c>verify</c> to rebuild the run, and the run id derived from them.</summary>
public static class RunOptions
{
    /// <summary>The options of <paramref name="run"/> as compact JSON: form, scope, period as given, today, the day of a
    /// Mittelabruf, publish, CSV style, formats, output folder and each input file with its SHA-256.</summary>
    public static string ToJson(ReportJob job, DateOnly today, IReadOnlyList<RunInputFile> inputs)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(inputs);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteIdentity(w, job, today, inputs);
            w.WriteStartArray("formats");
            foreach (var format in job.Formats)
            {
                w.WriteStringValue(format);
            }
            w.WriteEndArray();
            w.WriteString("out", Text.UnicodeText.WellFormed(job.OutputFolder));
            w.WriteStartArray("inputs");
            foreach (var input in inputs)
            {
                w.WriteStartObject();
                w.WriteString("role", input.Role);
                w.WriteString("path", Text.UnicodeText.WellFormed(input.Path));
                w.WriteString("sha256", input.Sha256);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The run id: the first 24 hex digits of the SHA-256 of the input hash and every option that can change a
    /// value or a byte of the files (form, scope, period, today, day of a Mittelabruf, publish, CSV style, the contents of
    /// template, narrative and planned payments); not the formats, the output folder or where the input files lie. The
    /// same records and options give the same id, so outputs stay reproducible.</summary>
    public static string RunId(string inputHash, ReportJob job, DateOnly today, IReadOnlyList<RunInputFile> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputHash);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            WriteIdentity(w, job, today, inputs);
            w.WriteStartArray("inputs");
            foreach (var input in inputs)
            {
                w.WriteStringValue($"{input.Role}:{input.Sha256}");
            }
            w.WriteEndArray();
            w.WriteString("records", inputHash);
            w.WriteEndObject();
        }
        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()))[..RunIdLength];
    }

    /// <summary>Hex digits of a run id.</summary>
    public const int RunIdLength = 24;

    private static void WriteIdentity(Utf8JsonWriter w, ReportJob job, DateOnly today, IReadOnlyList<RunInputFile> inputs)
    {
        w.WriteStartObject();
        w.WriteString("form", job.Form);
        w.WriteString("scope_kind", job.Scope.Kind.ToString().ToLowerInvariant());
        w.WriteString("scope", job.Scope.Value is null ? null : Text.UnicodeText.WellFormed(job.Scope.Value));
        w.WriteString("period", job.Period.Text);
        w.WriteString("today", Iso(today));
        w.WriteString("on", job.On is { } on ? Iso(on) : null);
        w.WriteBoolean("publish", job.Publish);
        w.WriteString("csv_style", (job.CsvStyle ?? CsvStyle.German).Name);
    }

    /// <summary>The job and day of recorded options (<see cref="ToJson"/>), with its input files as they were then.</summary>
    public static (ReportJob Job, DateOnly Today, IReadOnlyList<RunInputFile> Inputs) FromJson(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var r = doc.RootElement;
        var kind = Enum.Parse<ScopeKind>(r.GetProperty("scope_kind").GetString()!, ignoreCase: true);
        var inputs = r.GetProperty("inputs").EnumerateArray()
            .Select(i => new RunInputFile(i.GetProperty("role").GetString()!, i.GetProperty("path").GetString()!, i.GetProperty("sha256").GetString()!))
            .ToList();
        string? Input(string role) => inputs.FirstOrDefault(i => i.Role == role)?.Path;
        var job = new ReportJob(
            r.GetProperty("form").GetString()!,
            new ReportScope(kind, r.GetProperty("scope").GetString()),
            PeriodSpec.Parse(r.GetProperty("period").GetString()).GetValueOrThrow(),
            r.GetProperty("formats").EnumerateArray().Select(f => f.GetString()!).ToList(),
            r.GetProperty("out").GetString()!,
            r.GetProperty("publish").GetBoolean(),
            Input("narrative"),
            Input("template"),
            CsvStyle.Parse(r.GetProperty("csv_style").GetString()))
        {
            On = r.GetProperty("on").GetString() is { } on ? DateOnly.ParseExact(on, Text.GermanFormat.IsoDatePattern, CultureInfo.InvariantCulture) : null,
            PlannedPath = Input("planned"),
        };
        var today = DateOnly.ParseExact(r.GetProperty("today").GetString()!, Text.GermanFormat.IsoDatePattern, CultureInfo.InvariantCulture);
        return (job, today, inputs);
    }

    private static string Iso(DateOnly date) => date.ToString(Text.GermanFormat.IsoDatePattern, CultureInfo.InvariantCulture);
}
