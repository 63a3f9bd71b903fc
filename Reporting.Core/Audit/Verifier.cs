using Reporting.Core.Reports;

namespace Reporting.Core.Audit;

public enum VerifyStatus
{
    /// <summary>The file is as written, and its figures rebuilt from today's records are the same.</summary>
    Unchanged,
    /// <summary>The file is as written, but at least one figure rebuilt from today's records differs.</summary>
    Changed,
    /// <summary>The file names a recorded run, but its bytes are not those of any file that run wrote.</summary>
    Tampered,
    /// <summary>Neither its SHA-256 nor the run id it carries is in the audit trail.</summary>
    Unknown,
}

/// <summary>What <c>verify</c> found out about a file.</summary>
/// <param name="Sha256">The file's SHA-256 as it is now.</param>
public sealed record Verification(VerifyStatus Status, string Sha256)
{
    /// <summary>The recorded run the file belongs to (for tampering: the latest run with the id it carries).</summary>
    public AuditEvent? Run { get; init; }

    /// <summary>The recorded file (null for tampering and unknown files).</summary>
    public RunFile? File { get; init; }

    /// <summary>The run id the file carries, if any.</summary>
    public string? RunId { get; init; }

    /// <summary>Each value of the form that differs from the recorded one.</summary>
    public IReadOnlyList<FigureChange> Changes { get; init; } = [];

    /// <summary>The form is no longer made from today's records (its project left the scope or the database).</summary>
    public bool FormGone { get; init; }

    /// <summary>Things to know about the rebuild: an input file (template, narrative, planned payments) that changed or
    /// is gone since the run.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>Tells whether a delivered file is one the audit trail recorded, and whether its figures still hold: the
/// recorded run is rebuilt from today's records with the options and day it was run with, through the same
/// <see cref="ReportService.Build"/> as every report, and its values are compared with the values recorded with the run
/// (<see cref="FormValues"/>), cell by cell.</summary>
public static class Verifier
{
    /// <summary>Finds the file in the audit trail by its SHA-256, else by the run id it carries (then it was altered).</summary>
    public static Verification Identify(IAuditLog log, string path)
    {
        ArgumentNullException.ThrowIfNull(log);
        var sha = DataSetHash.OfFile(path);
        if (log.FindFile(sha) is var (run, file))
        {
            return new Verification(VerifyStatus.Unchanged, sha) { Run = run, File = file, RunId = run.RunId };
        }
        var carried = RunMarker.Read(path);
        if (carried is not null && log.Runs(carried) is { Count: > 0 } runs)
        {
            return new Verification(VerifyStatus.Tampered, sha) { Run = runs[^1], RunId = carried };
        }
        if (carried is null && log.FindFileNamed(Path.GetFileName(path)) is var (named, _))
        {
            // A CSV carries no run id (nor does a workbook too damaged to read it from): a file with the name of a
            // recorded one whose bytes are those of no recorded file was altered.
            return new Verification(VerifyStatus.Tampered, sha) { Run = named, RunId = named.RunId };
        }
        return new Verification(VerifyStatus.Unknown, sha) { RunId = carried };
    }

    /// <summary>Identifies the file and, when it is a recorded one, rebuilds its form from <paramref name="data"/> and
    /// compares the values.</summary>
    /// <param name="context">Templates and fonts as for a report; its day is replaced by the recorded run's.</param>
    /// <exception cref="ReportException">The run cannot be rebuilt (a template that no longer loads).</exception>
    public static Verification Verify(IAuditLog log, Storage.IStoreReader data, string path, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(context);
        var found = Identify(log, path);
        if (found.Status != VerifyStatus.Unchanged || found.Run?.Options is not { } options || found.File is not { } file)
        {
            return found;
        }
        var (job, today, inputs) = RunOptions.FromJson(options);
        var notes = new List<string>();
        foreach (var input in inputs)
        {
            if (!System.IO.File.Exists(input.Path))
            {
                notes.Add($"the {input.Role} {input.Path} of the run is gone");
            }
            else if (DataSetHash.OfFile(input.Path) != input.Sha256)
            {
                notes.Add($"the {input.Role} {input.Path} changed since the run; the rebuild uses it as it is now");
            }
        }
        var recorded = log.Values(found.Run.Seq, file.FormKey) ?? [];
        Forms.BuiltForm? rebuilt;
        try
        {
            var (forms, _) = ReportService.Build(data, job, context with { Today = today });
            rebuilt = forms.FirstOrDefault(f => f.FileBaseName == file.FormKey);
        }
        catch (ReportException e) when (e.Kind == ReportErrorKind.NotFound)
        {
            rebuilt = null;
        }
        if (rebuilt is null)
        {
            return found with { Status = VerifyStatus.Changed, FormGone = true, Notes = notes };
        }
        var changes = FormValues.Compare(recorded, FormValues.Of(rebuilt.Document));
        return found with { Status = changes.Count == 0 ? VerifyStatus.Unchanged : VerifyStatus.Changed, Changes = changes, Notes = notes };
    }
}
