using Reporting.Core.Domain;

namespace Reporting.Core.Figures;

public static partial class FigureCalculator
{
    /// <summary>Per person, the first placement whose kind is one of the project's target kinds (the one that counts).</summary>
    internal static IReadOnlyDictionary<ParticipantId, Placement> FirstTargetPlacements(ProjectSnapshot snapshot)
    {
        var kinds = snapshot.Project.TargetKinds;
        return FirstPerPerson(snapshot.Placements.Where(p => kinds.Contains(p.Kind)));
    }

    private static Dictionary<ParticipantId, Placement> FirstPerPerson(IEnumerable<Placement> placements)
    {
        var first = new Dictionary<ParticipantId, Placement>();
        foreach (var p in placements.OrderBy(p => p.Date).ThenBy(p => p.Kind))
        {
            first.TryAdd(p.ParticipantId, p);
        }
        return first;
    }

    private static PlacementFigures ComputePlacements(
        ProjectSnapshot snapshot, ReportingPeriod period, IReadOnlyDictionary<ParticipantId, Placement> placed, FigureOptions options)
    {
        var project = snapshot.Project;
        var upToEnd = placed.Values.Where(p => p.Date <= period.To).ToList();
        var cumulative = upToEnd.Count;
        // Null before the calendar's first day: every placement up to `to` is then less than six months old.
        var sixMonthsBefore = CalendarMath.AddMonths(period.To, -6);
        var byKind = Enum.GetValues<PlacementKind>()
            .Select(kind =>
            {
                var firsts = FirstPerPerson(snapshot.Placements.Where(p => p.Kind == kind)).Values;
                return new KindPlacements(
                    kind,
                    project.TargetKinds.Contains(kind),
                    firsts.Count(p => period.Contains(p.Date)),
                    firsts.Count(p => p.Date <= period.To));
            })
            .ToList();

        var outlook = Outlook(project, period, cumulative, options);
        return new PlacementFigures(
            Placements: upToEnd.Count(p => p.Date >= period.From),
            PlacementsCumulative: cumulative,
            ByKind: byKind,
            Sustained: upToEnd.Count(p => p.Sustained6m == true),
            SustainedPending: upToEnd.Count(p => (sixMonthsBefore is not { } s || p.Date > s) && p.Sustained6m is null),
            TargetPlacements: project.TargetPlacements,
            ProjectDays: outlook.ProjectDays,
            ElapsedDays: outlook.ElapsedDays,
            Attainment: outlook.Attainment,
            ExpectedByNow: outlook.ExpectedByNow,
            ForecastAtEnd: outlook.ForecastAtEnd,
            Status: outlook.Status);
    }

    /// <summary>Attainment, expected_by_now, forecast_at_end and status of <paramref name="cumulative"/> placements by
    /// the end of <paramref name="period"/> (already cut to the runtime); the one place these are worked out.</summary>
    internal static PlacementOutlook Outlook(Project project, ReportingPeriod period, int cumulative, FigureOptions options)
    {
        var projectDays = project.Runtime.Days;
        var elapsedDays = period.To.DayNumber - project.Runtime.Start.DayNumber + 1;
        var forecast = (decimal)cumulative * projectDays / elapsedDays;
        var target = project.TargetPlacements;
        decimal? expected = target is { } t ? (decimal)t * elapsedDays / projectDays : null;
        TargetStatus? status = target is { } tp
            ? Status(cumulative, tp, expected!.Value, forecast, period.To >= project.Runtime.End, options)
            : null;
        return new PlacementOutlook(projectDays, elapsedDays, target is { } a ? Ratio(cumulative, a) : null, expected, forecast, status);
    }

    /// <summary>met/missed once ended; else on_track when cumulative ≥ expected, at_risk when the forecast reaches
    /// 90 % of the target, off_track otherwise. Used for projects and, from sums, for roll-ups.</summary>
    public static TargetStatus Status(
        decimal cumulative, decimal target, decimal expectedByNow, decimal forecastAtEnd, bool ended, FigureOptions? options = null)
    {
        options ??= FigureOptions.Default;
        if (ended)
        {
            return cumulative >= target ? TargetStatus.Met : TargetStatus.Missed;
        }
        if (cumulative >= expectedByNow)
        {
            return TargetStatus.OnTrack;
        }
        return forecastAtEnd >= target * options.AtRiskForecastShare ? TargetStatus.AtRisk : TargetStatus.OffTrack;
    }
}

/// <summary>How placements by a key date stand against the target (see <see cref="PlacementFigures"/>).</summary>
internal sealed record PlacementOutlook(
    int ProjectDays, int ElapsedDays, decimal? Attainment, decimal? ExpectedByNow, decimal ForecastAtEnd, TargetStatus? Status);
