using Reporting.Core.Periods;
using Reporting.Core.Storage;

namespace Reporting.Core.Import;

/// <summary>The step after an import's checks and before its commit: records added or changed inside a closed period
/// refuse the import (each named with its file and line), or, with <c>--correction</c>, are stored as corrections in
/// the import's transaction.</summary>
internal static class ClosedPeriodCheck
{
    public static ImportOutcome Apply(ImportOutcome outcome, ClosedPeriodGuard guard, ImportCorrection? correction)
    {
        if (guard.HitCount == 0)
        {
            return correction is null ? outcome : outcome with { Warnings = [.. outcome.Warnings, Note(PeriodMessages.NothingToCorrect)] };
        }
        if (correction is null)
        {
            var problems = guard.Hits.Select(h => new ImportProblem(FileName(outcome, h.Source), ImportSource.Line(h.Source), null,
                    PeriodMessages.InClosedPeriod(h)))
                .Append(new ImportProblem("", 0, null, PeriodMessages.ClosedRefused(guard.HitCount, guard.Hits.Count)))
                .ToList();
            return outcome with { Problems = problems, ProblemCount = guard.HitCount };
        }
        var corrections = guard.Hits.SelectMany(h => RecordFields.Changes(h.Before, h.After).Select(c => new Correction(
                h.Closed.Project, h.Kind, h.Key, h.Date, h.Closed.Period, c.Field, c.Before, c.After, correction.Reason,
                correction.At, correction.By, guard.Run)))
            .ToList();
        guard.RecordCorrections(corrections);
        return outcome with { Warnings = [.. outcome.Warnings, Note(PeriodMessages.CorrectionsStored(guard.HitCount, corrections.Count))] };
    }

    private static string FileName(ImportOutcome outcome, long source)
    {
        var index = ImportSource.File(source);
        return index >= 0 && index < outcome.Files.Count ? outcome.Files[index].Name : "";
    }

    private static ImportProblem Note(string message) => new("", 0, null, message);
}
