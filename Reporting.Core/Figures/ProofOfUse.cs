using Reporting.Core.Domain;

namespace Reporting.Core.Figures;

/// <summary>The numerical statement of a Zwischennachweis (scope = a budget year) or Verwendungsnachweis (scope = runtime).</summary>
/// <param name="Scope">The scope period cut to the runtime.</param>
/// <param name="Deadline">When this statement is due; null for a Verwendungsnachweis that would be due after 31.12.9999
/// (a project with an open end), which the calendar cannot hold.</param>
/// <param name="YearPlan">For a scope inside one budget year of a plan split by budget year: the year's plan beside the
/// runtime plan. Null otherwise (the expense table then compares with the runtime plan).</param>
public sealed record ProofOfUse(
    ProjectId ProjectId,
    DeadlineKind Kind,
    ReportingPeriod Scope,
    ExpenseTable Expenses,
    IncomeTable Income,
    PaymentBlock Payment,
    IReadOnlyList<VoucherGroup> Vouchers,
    ReportingDeadline? Deadline,
    BudgetYearPlan? YearPlan = null);

/// <summary>The financing plan of one budget year beside the runtime plan.</summary>
/// <param name="Years">Every budget year of the plan.</param>
public sealed record BudgetYearPlan(
    int Year,
    IReadOnlyList<int> Years,
    IReadOnlyList<YearPlanLine> Lines,
    Money TotalPlannedYear,
    Money TotalPlannedRuntime,
    Money TotalPlannedThroughYear,
    Money TotalSpentThroughYear,
    Money TotalRemainingRuntime);

/// <summary>One cost category in <see cref="BudgetYearPlan"/>.</summary>
/// <param name="PlannedYear">The plan of the budget year (the expense table's planned).</param>
/// <param name="PlannedRuntime">The runtime plan: the sum of all the category's budget years.</param>
/// <param name="PlannedThroughYear">The plan of the budget years up to and including this one.</param>
/// <param name="SpentThroughYear">Spent from the start of the runtime to the end of the scope.</param>
/// <param name="RemainingRuntime">PlannedRuntime − SpentThroughYear.</param>
public sealed record YearPlanLine(
    string CostCategory,
    string? Label,
    Money PlannedYear,
    Money PlannedRuntime,
    Money PlannedThroughYear,
    Money SpentThroughYear,
    Money RemainingRuntime);

/// <summary>One budget line: planned (approved_amount; for a scope inside one budget year of a yearly plan, that year's
/// amount) against actual spending in scope.</summary>
/// <param name="DeviationRatio">deviation / planned; null when nothing was planned.</param>
/// <param name="OverTolerance">actual > planned × (1 + tolerance).</param>
public sealed record ExpenseLine(
    string CostCategory,
    string? Label,
    Money Planned,
    Money Actual,
    Money Deviation,
    decimal? DeviationRatio,
    bool OverTolerance);

/// <summary>Expense table with its checks.</summary>
/// <param name="PositiveDeviations">Σ overruns (offset used).</param>
/// <param name="NegativeDeviations">Σ savings as a positive amount (offset available).</param>
/// <param name="TotalOverPlanned">Σ actual > Σ planned: the total of the financing plan is binding.</param>
/// <param name="OverrunNotCoveredBySavings">Σ positive deviations > Σ negative deviations.</param>
public sealed record ExpenseTable(
    IReadOnlyList<ExpenseLine> Lines,
    Money TotalPlanned,
    Money TotalActual,
    Money TotalDeviation,
    decimal? TotalDeviationRatio,
    Money PositiveDeviations,
    Money NegativeDeviations,
    bool AnyLineOverTolerance,
    bool TotalOverPlanned,
    bool OverrunNotCoveredBySavings);

/// <summary>One source of financing: <c>grant</c>, <c>own_funds</c> or <c>third_party_funds</c>.</summary>
/// <param name="PlannedShare">planned / total planned income; null when that is 0.</param>
/// <param name="ActualShare">actual / total actual income; null when that is 0.</param>
public sealed record IncomeLine(string Source, Money Planned, decimal? PlannedShare, Money Actual, decimal? ActualShare);

/// <summary>Income table and the Deckung check: actual income must equal actual expenses.</summary>
/// <param name="CoverageDifference">total actual income − total actual expenses (0 when covered).</param>
public sealed record IncomeTable(
    IReadOnlyList<IncomeLine> Lines,
    Money TotalPlanned,
    Money TotalActual,
    Money CoverageDifference,
    bool Covered);

/// <summary>grant_due = min(grant, actual × grant_share); received = disbursed in scope (for the final statement: everything
/// received from the scope's start on, including tranches that arrive after the end date); balance = grant_due − received
/// (positive: still to be paid; negative: to be paid back).</summary>
public sealed record PaymentBlock(Money Grant, decimal GrantShare, Money GrantDue, Money Received, Money Balance);

/// <summary>A voucher of the Belegliste with its running number over the whole list.</summary>
public sealed record VoucherLine(
    int RunningNumber,
    string CostCategory,
    string VoucherNo,
    DateOnly PaymentDate,
    string? Payee,
    string? Purpose,
    Money Amount);

/// <summary>The vouchers of one cost category; <see cref="Subtotal"/> equals that category's actual in the expense table.</summary>
public sealed record VoucherGroup(string CostCategory, string? Label, IReadOnlyList<VoucherLine> Vouchers, Money Subtotal);
