using Reporting.Core.Domain;
using Reporting.Core.Output;

namespace Reporting.Core.Reports;

/// <summary>One report to produce: form × scope × period × formats.</summary>
/// <param name="Formats">Any of <c>xlsx</c>, <c>pdf</c>, <c>csv</c>, <c>json</c>.</param>
/// <param name="TemplatePath">Replaces the default template of the form.</param>
/// <param name="NarrativePath">Sachbericht as plain text or Markdown, for the proof of use.</param>
public sealed record ReportJob(
    string Form,
    ReportScope Scope,
    PeriodSpec Period,
    IReadOnlyList<string> Formats,
    string OutputFolder,
    bool Publish = false,
    string? NarrativePath = null,
    string? TemplatePath = null,
    CsvStyle? CsvStyle = null)
{
    /// <summary>The day of a Mittelabruf; null means today.</summary>
    public DateOnly? On { get; init; }

    /// <summary>A CSV of the payments due in a Mittelabruf's horizon (<see cref="PlannedPaymentsFile"/>); null means a forecast.</summary>
    public string? PlannedPath { get; init; }
}

/// <summary>What a run may know of the outside: today, the time printed on forms, where templates and fonts are.</summary>
/// <param name="Warn">Told each warning of a run that still wrote its files (a character no font could draw), one line
/// each, prefixed with the file's name; null to drop them.</param>
/// <param name="FontFallback">Whether characters the fonts lack are drawn with a fallback font of the system; when
/// false they are only named in warnings.</param>
public sealed record ReportContext(DateOnly Today, DateTimeOffset Now, string TemplateFolder, string? FontFolder = null, Action<string>? Warn = null,
    bool FontFallback = true)
{
    /// <summary>Cancels the run (an interrupted command line); a cancelled run writes nothing.</summary>
    public CancellationToken Cancellation { get; init; }
}

/// <summary>Why a report could not be made; the CLI maps the kind to an exit code and prints the lines.</summary>
public enum ReportErrorKind
{
    /// <summary>A template, narrative or other input file is wrong.</summary>
    InvalidInput,
    /// <summary>The scope names nothing in the database.</summary>
    NotFound,
    /// <summary>The request itself is wrong (unknown form or format, period outside the runtime).</summary>
    Usage,
    /// <summary>The machine refuses or lacks something: no font, an output folder that cannot be written, a full disk, an
    /// input that is a folder, a device or larger than its limit.</summary>
    Environment,
}

/// <summary>The one root of the failures a user can act on (a wrong input, a scope that names nothing, a request that
/// cannot be met, a machine that refuses): every such error of Core derives from it, carries its kind and the lines to
/// print, and the program maps the kind to its exit code in one place. Anything else is a bug.</summary>
public class ReportException : Exception
{
    public ReportException(ReportErrorKind kind, IReadOnlyList<string> lines)
        : this(kind, lines, null)
    {
    }

    public ReportException(ReportErrorKind kind, string line)
        : this(kind, [line], null)
    {
    }

    protected ReportException(ReportErrorKind kind, IReadOnlyList<string> lines, Exception? inner)
        : base(string.Join("; ", lines), inner)
    {
        Kind = kind;
        Lines = lines;
    }

    public ReportErrorKind Kind { get; }

    public IReadOnlyList<string> Lines { get; }
}
