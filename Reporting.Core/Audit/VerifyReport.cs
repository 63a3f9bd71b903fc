using System.Globalization;
using Reporting.Core.Reports;

namespace Reporting.Core.Audit;

/// <summary>What <c>verify</c> says about a delivered file (docs/audit.md): one line on whether it is a recorded file,
/// unaltered, whose figures still hold for today's records, and each figure that differs with its recorded and its
/// current value.</summary>
public sealed class VerifyReport
{
    private readonly string _name;

    private VerifyReport(Verification result, string name)
    {
        Result = result;
        _name = name;
    }

    /// <summary>What <see cref="Verifier.Verify"/> found; never <see cref="VerifyStatus.Unknown"/>.</summary>
    public Verification Result { get; }

    public VerifyStatus Status => Result.Status;

    /// <summary>Checks the file at <paramref name="path"/> against the audit trail and today's records of the database at
    /// <paramref name="location"/> (its schema made current first).</summary>
    /// <param name="name">The file as the user named it, for the text.</param>
    /// <param name="context">Templates and fonts as for a report; its day is replaced by the recorded run's.</param>
    /// <exception cref="ReportException">The file does not exist, or the audit trail does not know it
    /// (<see cref="ReportErrorKind.InvalidInput"/>); the run cannot be rebuilt.</exception>
    public static VerifyReport Check(string location, string path, string name, ReportContext context)
    {
        if (!File.Exists(path))
        {
            throw new ReportException(ReportErrorKind.InvalidInput, $"{name}: file not found");
        }
        return Of(CurrentStore.Read(location, read =>
        {
            using var log = AuditLog.Open(location);
            return Verifier.Verify(log, read, path, context);
        }), name);
    }

    /// <summary>The text of <paramref name="result"/> for the file the user named <paramref name="name"/>.</summary>
    /// <exception cref="ReportException">The file is unknown (<see cref="ReportErrorKind.InvalidInput"/>): it names a
    /// run the database has not recorded, or no recorded run wrote it.</exception>
    public static VerifyReport Of(Verification result, string name)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Status == VerifyStatus.Unknown)
        {
            throw new ReportException(ReportErrorKind.InvalidInput, result.RunId is { } id
                ? $"{name}: unknown file: it names run {id}, which this database has not recorded (sha256 {result.Sha256})"
                : $"{name}: unknown file: no run recorded in this database wrote it (sha256 {result.Sha256})");
        }
        return new VerifyReport(result, name);
    }

    /// <summary>Writes the verdict and the differing figures to <paramref name="output"/>, the notes on the rebuild's
    /// inputs (<see cref="Verification.Notes"/>) before it to <paramref name="notes"/>.</summary>
    public void Write(TextWriter output, TextWriter notes)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(notes);
        var result = Result;
        if (result.Status == VerifyStatus.Tampered)
        {
            output.WriteLine($"tampered: {_name} names {Describe(result.Run!)}, but its bytes are not those of any file that run "
                + $"wrote: it was altered after it was written (sha256 {result.Sha256})");
            return;
        }
        foreach (var note in result.Notes)
        {
            notes.WriteLine($"note: {note}");
        }
        var what = $"{_name} is {result.File!.FormKey} of {Describe(result.Run!)}";
        if (result.Status == VerifyStatus.Unchanged)
        {
            output.WriteLine($"unchanged: {what}; rebuilt from today's records, every figure is the same");
            return;
        }
        if (result.FormGone)
        {
            output.WriteLine($"changed: {what}; today's records no longer make this form");
            return;
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"changed: {what}; {result.Changes.Count} figure(s) differ from today's records:"));
        foreach (var change in result.Changes)
        {
            output.WriteLine($"  {change.Name}: was {Show(change.Recorded)}, now {Show(change.Now)}");
        }
    }

    private static string Describe(AuditEvent e) =>
        $"run {e.RunId} ({e.Kind} {e.Form} {e.Scope} {e.Period}, recorded {HistoryReport.When(e.At)} by {e.User})";

    private static string Show(string? value) => value ?? "(none)";
}
