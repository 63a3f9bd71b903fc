using Reporting.Core.Domain;

namespace Reporting.Core.Figures;

public static partial class FigureCalculator
{
    /// <summary>The proof of use for <paramref name="scope"/> (a budget year for a Zwischennachweis, the runtime for the
    /// Verwendungsnachweis), cut to the runtime. The kind is Final when the scope reaches the end date.</summary>
    /// <param name="today">The day the deadline status is judged against.</param>
    /// <exception cref="PeriodOutsideRuntimeException">The scope does not overlap the runtime.</exception>
    public static ProofOfUse ComputeProofOfUse(ProjectSnapshot snapshot, ReportingPeriod scope, DateOnly today, FigureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        options ??= FigureOptions.Default;
        var project = snapshot.Project;
        var clipped = Clip(project, scope);
        var inScope = snapshot.Expenditures.Where(e => clipped.Contains(e.PaymentDate)).ToList();
        var plan = BudgetPlan.Of(snapshot.BudgetLines);
        var categories = CostCategories(snapshot);
        var expenses = ExpensesOf(categories, plan, clipped, inScope, options);
        var grantShare = project.TotalBudget.IsZero ? 0m : project.Grant / project.TotalBudget;
        // actual × grant / total rather than actual × (grant / total): exact whenever the result is a whole cent amount.
        var grantDue = Money.Min(project.Grant, ShareOfActual(expenses.TotalActual, project.Grant, project.TotalBudget));
        var kind = clipped.To >= project.Runtime.End ? DeadlineKind.Final : DeadlineKind.Interim;
        // Interim: the money received in that budget year. Final: everything paid out so far, including the last
        // tranche that reimburses the last quarter and arrives after the end date.
        var received = snapshot.Disbursements
            .Where(d => d.ReceivedDate is { } r && r >= clipped.From && (kind == DeadlineKind.Final || r <= clipped.To))
            .Sum(d => d.Amount);
        var payment = new PaymentBlock(project.Grant, grantShare, grantDue, received, grantDue - received);

        var deadlines = Deadlines(project.Runtime, today, options, snapshot.Ledger.Submissions);
        var deadline = kind == DeadlineKind.Final
            ? (deadlines.Count > 0 && deadlines[^1].Kind == DeadlineKind.Final ? deadlines[^1] : null)
            : deadlines.FirstOrDefault(d => d.BudgetYear == clipped.To.Year) ?? deadlines.FirstOrDefault();

        return new ProofOfUse(project.Id, kind, clipped, expenses, IncomeOf(project, expenses.TotalActual, grantDue),
            payment, VouchersOf(inScope, plan), deadline, YearPlanOf(snapshot, categories, plan, clipped));
    }

    /// <summary>Planned is the budget year's plan when the scope lies inside one budget year of a yearly plan (the
    /// 20 % rule then applies per year), else the runtime plan.</summary>
    private static ExpenseTable ExpensesOf(
        IReadOnlyList<string> categories, BudgetPlan plan, ReportingPeriod scope, List<Expenditure> inScope, FigureOptions options)
    {
        var rows = categories.Select(c =>
        {
            var planned = plan.For(c, scope) ?? Money.Zero;
            var actual = inScope.Where(e => e.CostCategory == c).Sum(e => e.Amount);
            var deviation = actual - planned;
            return new ExpenseLine(c, plan.Label(c), planned, actual, deviation, Ratio(deviation.Amount, planned.Amount),
                actual > planned * (1m + options.CategoryTolerance));
        }).ToList();
        var planned = rows.Sum(r => r.Planned);
        var actual = rows.Sum(r => r.Actual);
        var over = rows.Sum(r => Money.Max(Money.Zero, r.Deviation));
        var under = rows.Sum(r => Money.Max(Money.Zero, -r.Deviation));
        return new ExpenseTable(rows, planned, actual, actual - planned, Ratio((actual - planned).Amount, planned.Amount),
            over, under, rows.Any(r => r.OverTolerance), actual > planned, over > under);
    }

    private static IncomeTable IncomeOf(Project project, Money actualExpenses, Money grantDue)
    {
        var total = project.TotalBudget;
        Money ShareOf(Money planned) => ShareOfActual(actualExpenses, planned, total);
        (string Source, Money Planned, Money Actual)[] sources =
        [
            ("grant", project.Grant, grantDue),
            ("own_funds", project.OwnFunds, ShareOf(project.OwnFunds)),
            ("third_party_funds", project.ThirdPartyFunds, ShareOf(project.ThirdPartyFunds)),
        ];
        var actualTotal = sources.Sum(s => s.Actual);
        var lines = sources.Select(s => new IncomeLine(
            s.Source, s.Planned, Ratio(s.Planned.Amount, total.Amount), s.Actual, Ratio(s.Actual.Amount, actualTotal.Amount))).ToList();
        var difference = actualTotal - actualExpenses;
        // Shares like 1/3 are not exact in decimal; the check is on whole cents, as the forms show it.
        return new IncomeTable(lines, total, actualTotal, difference, difference.RoundToCents().IsZero);
    }

    private static Money ShareOfActual(Money actual, Money part, Money total) =>
        total.IsZero ? Money.Zero : new Money(actual.Amount * part.Amount / total.Amount);

    /// <summary>For a scope inside one budget year of a yearly plan: each line's year plan beside its runtime plan, the
    /// plan and the spending up to the end of the scope, and what is left of the runtime plan.</summary>
    private static BudgetYearPlan? YearPlanOf(ProjectSnapshot snapshot, IReadOnlyList<string> categories, BudgetPlan plan, ReportingPeriod scope)
    {
        if (plan.YearOf(scope) is not { } year)
        {
            return null;
        }
        var upToEnd = snapshot.Expenditures.Where(e => e.PaymentDate <= scope.To).ToList();
        var lines = categories.Select(c =>
        {
            var runtime = plan.Runtime(c) ?? Money.Zero;
            var spent = upToEnd.Where(e => e.CostCategory == c).Sum(e => e.Amount);
            return new YearPlanLine(c, plan.Label(c), plan.InYear(c, year) ?? Money.Zero, runtime,
                plan.ThroughYear(c, year) ?? Money.Zero, spent, runtime - spent);
        }).ToList();
        return new BudgetYearPlan(year, plan.Years, lines, lines.Sum(l => l.PlannedYear), lines.Sum(l => l.PlannedRuntime),
            lines.Sum(l => l.PlannedThroughYear), lines.Sum(l => l.SpentThroughYear), lines.Sum(l => l.RemainingRuntime));
    }

    private static List<VoucherGroup> VouchersOf(List<Expenditure> inScope, BudgetPlan plan)
    {
        var running = 0;
        return inScope
            .OrderBy(e => e.CostCategory, StringComparer.Ordinal)
            .ThenBy(e => e.PaymentDate)
            .ThenBy(e => e.VoucherNo, StringComparer.Ordinal)
            .GroupBy(e => e.CostCategory, StringComparer.Ordinal)
            .Select(g =>
            {
                var vouchers = g.Select(e => new VoucherLine(
                    ++running, e.CostCategory, e.VoucherNo, e.PaymentDate, e.Payee, e.Description, e.Amount)).ToList();
                return new VoucherGroup(g.Key, plan.Label(g.Key), vouchers, vouchers.Sum(v => v.Amount));
            })
            .ToList();
    }
}
