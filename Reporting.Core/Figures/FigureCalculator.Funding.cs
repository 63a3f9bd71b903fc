using Reporting.Core.Domain;

namespace Reporting.Core.Figures;

public static partial class FigureCalculator
{
    private static FundingFigures ComputeFunding(
        ProjectSnapshot snapshot, ReportingPeriod period, int placementsCumulative, FigureOptions options)
    {
        var project = snapshot.Project;
        var upToEnd = snapshot.Expenditures.Where(e => e.PaymentDate <= period.To).ToList();
        var spent = upToEnd.Where(e => e.PaymentDate >= period.From).Sum(e => e.Amount);
        var spentCumulative = upToEnd.Sum(e => e.Amount);
        // Before the calendar's first day nothing can have been received.
        var cutoff = CalendarMath.AddMonths(period.To, -options.OverhangHorizonMonths);
        var heldLong = snapshot.Disbursements.Where(d => d.ReceivedDate is { } r && r <= cutoff).Sum(d => d.Amount);
        var total = project.TotalBudget;

        var plan = BudgetPlan.Of(snapshot.BudgetLines);
        var year = plan.YearOf(period);
        var categories = CostCategories(snapshot)
            .Select(c =>
            {
                var ofCategory = upToEnd.Where(e => e.CostCategory == c).ToList();
                var cumulative = ofCategory.Sum(e => e.Amount);
                // Cumulative spending is compared with the runtime plan: it runs from the start of the runtime.
                var runtime = plan.Runtime(c);
                var approved = runtime ?? Money.Zero;
                var overrun = Money.Max(Money.Zero, cumulative - approved);
                return new CategoryFigures(
                    c,
                    plan.Label(c),
                    runtime,
                    ofCategory.Where(e => e.PaymentDate >= period.From).Sum(e => e.Amount),
                    cumulative,
                    overrun,
                    overrun > approved * options.CategoryTolerance,
                    year is { } y ? plan.InYear(c, y) : null);
            })
            .ToList();

        return new FundingFigures(
            Grant: project.Grant,
            OwnFunds: project.OwnFunds,
            ThirdPartyFunds: project.ThirdPartyFunds,
            TotalBudget: total,
            Spent: spent,
            SpentCumulative: spentCumulative,
            Remaining: total - spentCumulative,
            Utilisation: Ratio(spentCumulative.Amount, total.Amount),
            DisbursedCumulative: snapshot.Disbursements.Where(d => d.ReceivedDate is { } r && r <= period.To).Sum(d => d.Amount),
            OverhangCutoff: cutoff,
            Overhang: Money.Max(Money.Zero, heldLong - spentCumulative),
            CostPerPlacement: placementsCumulative == 0 ? null : new Money(spentCumulative.Amount / placementsCumulative),
            Categories: categories);
    }

    /// <summary>Budget-line categories and any category money was booked on, in ordinal order.</summary>
    internal static IReadOnlyList<string> CostCategories(ProjectSnapshot snapshot) =>
        snapshot.BudgetLines.Select(b => b.CostCategory)
            .Concat(snapshot.Expenditures.Select(e => e.CostCategory))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
}
