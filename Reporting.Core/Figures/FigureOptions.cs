namespace Reporting.Core.Figures;

/// <summary>The rule parameters of the figures engine; the defaults are those of figures.md.</summary>
/// <param name="OverhangHorizonMonths">Two-month rule (ANBest-P 1.4): money received more than this many calendar months before <c>to</c> should be spent.</param>
/// <param name="CategoryTolerance">Tolerance between budget lines (ANBest-P 1.2): an overrun above this share of the approved amount is flagged. Exactly the tolerance is not.</param>
/// <param name="FinalReportMonthsAfterEnd">The Verwendungsnachweis is due this many months after the project's end date.</param>
/// <param name="InterimReportDueMonth">Month of the following year in which a Zwischennachweis is due.</param>
/// <param name="InterimReportDueDay">Day of that month.</param>
/// <param name="DueSoonDays">A deadline this many days ahead or fewer is <c>due_soon</c>.</param>
/// <param name="Today">The day deadline statuses are judged against; null means the period's last day.</param>
public sealed record FigureOptions(
    int OverhangHorizonMonths = 2,
    decimal CategoryTolerance = 0.20m,
    int FinalReportMonthsAfterEnd = 6,
    int InterimReportDueMonth = 4,
    int InterimReportDueDay = 30,
    int DueSoonDays = 30,
    DateOnly? Today = null)
{
    public static readonly FigureOptions Default = new();

    /// <summary>When true, the Verwendungsnachweis is due at the end of the sixth month after the end date
    /// (NRW wording "mit Ablauf des sechsten ... Monats") instead of on end date + 6 months (the default).</summary>
    public bool FinalReportAtMonthEnd { get; init; }

    /// <summary>Share of the target the forecast must reach for <c>at_risk</c> rather than <c>off_track</c>.</summary>
    public decimal AtRiskForecastShare { get; init; } = 0.9m;
}
