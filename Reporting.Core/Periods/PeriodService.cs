using Reporting.Core.Domain;
using Reporting.Core.Figures;
using Reporting.Core.Forms;
using Reporting.Core.Reports;
using Reporting.Core.Storage;

namespace Reporting.Core.Periods;

/// <summary>Who records a period entry, and when: the day it counts for (the day of handing in, or the as-of day of a
/// closing) and the moment and user the ledger keeps.</summary>
public sealed record PeriodActor(DateOnly Day, DateTimeOffset At, string User);

/// <summary>What <see cref="PeriodService.Submit"/> recorded: the entry (with the closing when the period was closed
/// by it) and the deadline the submission met, if any.</summary>
/// <param name="HandedInBefore">For a form handed in again for the same period: the day stored before. The earlier of
/// that day and the new one is the submission's day (a corrected report does not make a deadline met by the first
/// one late).</param>
public sealed record SubmitOutcome(PeriodEntry Entry, ReportingDeadline? MetDeadline, DateOnly? HandedInBefore = null)
{
    public Submission Submission => Entry.Submission!;
}

/// <summary>What <see cref="PeriodService.Close"/> did: the period it resolved to, and either the closing it recorded
/// or the earlier closing that made it a no-op.</summary>
public sealed record CloseOutcome(ReportingPeriod Period, ClosedPeriod? Recorded, ClosedPeriod? AlreadyClosed);

/// <summary>Submissions and closed periods (docs/audit.md): resolves the project and period, builds the ledger entry
/// with the frozen forms of a closing, and writes it in one transaction. Every failure a user can act on is a
/// <see cref="ReportException"/>.</summary>
public static class PeriodService
{
    /// <summary>The forms that are handed in per project and period.</summary>
    public static readonly IReadOnlyList<string> SubmittedForms = ["quarterly", FigureCalculator.ProofOfUseForm];

    /// <summary>Records that <paramref name="form"/> for <paramref name="periodText"/> was handed in on
    /// <paramref name="actor"/>'s day, and closes the period (freezing its forms as submitted) unless
    /// <paramref name="keepOpen"/> or it is closed already.</summary>
    public static SubmitOutcome Submit(IReportingStore store, string projectId, string form, string? periodText, PeriodActor actor,
        bool keepOpen)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(actor);
        if (!SubmittedForms.Contains(form, StringComparer.Ordinal))
        {
            throw new ReportException(ReportErrorKind.Usage, $"'{form}' is not a form that is handed in (quarterly or proof)");
        }
        var periods = Periods(store);
        PeriodEntry entry;
        ReportingDeadline? met;
        DateOnly? earlier;
        using (var read = store.OpenReader())
        {
            var snapshot = Snapshot(read, projectId);
            var period = ResolvePeriod(periodText, snapshot.Project, actor.Day);
            // The ledger keeps one submission per form and period: handed in again, it keeps the earlier day.
            bool Same(Submission s) => s.Form == form && s.Period.From == period.From && s.Period.To == period.To;
            var before = snapshot.Ledger.Submissions.FirstOrDefault(Same);
            earlier = before?.SubmittedOn;
            var day = earlier is { } first && first < actor.Day ? first : actor.Day;
            var submission = new Submission(snapshot.Project.Id, form, period, day, actor.At, actor.User);
            var close = keepOpen || snapshot.Ledger.ClosedFor(snapshot.Project.Id, period) is not null
                ? null
                : new ClosedPeriod(snapshot.Project.Id, period, actor.Day, actor.At, actor.User);
            var withSubmission = snapshot with
            {
                Ledger = snapshot.Ledger with { Submissions = [.. snapshot.Ledger.Submissions.Where(s => !Same(s)), submission] },
            };
            entry = new PeriodEntry(submission, close, close is null ? [] : FormBuilder.Freeze(withSubmission, period, actor.Day));
            met = MetDeadline(withSubmission, period, day);
        }
        periods.Record(entry);
        return new SubmitOutcome(entry, met, earlier);
    }

    /// <summary>Closes <paramref name="periodText"/> of the project as of <paramref name="actor"/>'s day, freezing its
    /// Quartalsbericht and proof of use as they are; a period closed before stays as it was closed.</summary>
    public static CloseOutcome Close(IReportingStore store, string projectId, string? periodText, PeriodActor actor)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(actor);
        var periods = Periods(store);
        PeriodEntry entry;
        using (var read = store.OpenReader())
        {
            var snapshot = Snapshot(read, projectId);
            var period = ResolvePeriod(periodText, snapshot.Project, actor.Day);
            if (snapshot.Ledger.ClosedFor(snapshot.Project.Id, period) is { } closed)
            {
                return new CloseOutcome(period, null, closed);
            }
            var close = new ClosedPeriod(snapshot.Project.Id, period, actor.Day, actor.At, actor.User);
            entry = new PeriodEntry(null, close, FormBuilder.Freeze(snapshot, period, actor.Day));
        }
        periods.Record(entry);
        return new CloseOutcome(entry.Close!.Period, entry.Close, null);
    }

    /// <summary>Deletes (or with <paramref name="dryRun"/> counts) the participants who left before
    /// <paramref name="before"/>, and their placements; refused (<see cref="ReportErrorKind.InvalidInput"/>) when
    /// records lie in periods that are not closed, unless <paramref name="force"/>.</summary>
    public static PurgeOutcome Purge(IReportingStore store, string projectId, DateOnly before, bool force, bool dryRun, PeriodActor actor)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(actor);
        var periods = Periods(store);
        var id = (projectId ?? "").Trim();
        using (var read = store.OpenReader())
        {
            if (read.Projects(ReportScope.Project(id)).Count == 0)
            {
                throw new ReportException(ReportErrorKind.NotFound, $"project '{id}' not found in the database");
            }
        }
        var outcome = periods.Purge(new PurgeRequest(new ProjectId(id), before, force, dryRun, actor.At, actor.User));
        return outcome.Refused ? throw new ReportException(ReportErrorKind.InvalidInput, outcome.Refusal!) : outcome;
    }

    /// <summary>The project's records; <see cref="ReportErrorKind.NotFound"/> when it does not exist.</summary>
    private static ProjectSnapshot Snapshot(IStoreReader read, string projectId)
    {
        ArgumentNullException.ThrowIfNull(read);
        var id = (projectId ?? "").Trim();
        return read.Snapshot(new ProjectId(id))
            ?? throw new ReportException(ReportErrorKind.NotFound, $"project '{id}' not found in the database");
    }

    /// <summary>The period resolved against the project's runtime and cut to it; a usage error when it does not parse
    /// or lies outside the runtime.</summary>
    private static ReportingPeriod ResolvePeriod(string? text, Project project, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(project);
        var spec = PeriodSpec.Parse(text);
        if (!spec.Success)
        {
            throw new ReportException(ReportErrorKind.Usage, spec.Error);
        }
        try
        {
            return FigureCalculator.Clip(project, spec.Value.Resolve(project.Runtime, today));
        }
        catch (PeriodOutsideRuntimeException e)
        {
            throw new ReportException(ReportErrorKind.Usage, e.Message);
        }
    }

    /// <summary>The store's period ledger; <see cref="ReportErrorKind.Environment"/> for a store that has none.</summary>
    private static IPeriodStore Periods(IReportingStore store) =>
        store as IPeriodStore ?? throw new ReportException(ReportErrorKind.Environment, "this database cannot record submissions or closed periods");

    /// <summary>The deadline a submission on <paramref name="day"/> for <paramref name="period"/> meets: the final proof
    /// of use for the whole runtime, else the interim one of the period's budget year.</summary>
    private static ReportingDeadline? MetDeadline(ProjectSnapshot snapshot, ReportingPeriod period, DateOnly day) =>
        FigureCalculator.Deadlines(snapshot.Project.Runtime, day, null, snapshot.Ledger.Submissions)
            .Where(d => d.Status == DeadlineStatus.Submitted && d.SubmittedOn == day)
            .FirstOrDefault(d => d.Kind == DeadlineKind.Final
                ? period.To == snapshot.Project.Runtime.End && period.From == snapshot.Project.Runtime.Start
                : d.BudgetYear == period.From.Year && period.To.Year == period.From.Year);
}
