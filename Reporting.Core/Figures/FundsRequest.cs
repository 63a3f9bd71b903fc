using Reporting.Core.Domain;

namespace Reporting.Core.Figures;

/// <summary>A payment the recipient expects to make in the request horizon, as given in a <c>--planned</c> file.</summary>
public sealed record PlannedPayment(string CostCategory, Money Amount);

/// <summary>Where the expected payments of a funds request come from.</summary>
public enum ExpectedPaymentsBasis
{
    /// <summary>The recipient's own list of payments due (<c>--planned</c>).</summary>
    Planned,
    /// <summary>The average monthly spending per cost category of the last (up to) three full months, for each month of
    /// the horizon inside the runtime.</summary>
    Forecast,
}

/// <summary>The expected payments of one cost category in the horizon.</summary>
/// <param name="MonthlyAverage">For a forecast: the category's average monthly spending in the base months (exact);
/// null for planned payments.</param>
/// <param name="Amount">The expected payments, in whole cents.</param>
public sealed record ExpectedPayment(string CostCategory, string? Label, Money? MonthlyAverage, Money Amount);

/// <summary>The Mittelabruf: how much grant money may be requested on <see cref="On"/> for the payments due in the next
/// two calendar months (ANBest-P 1.4), after the money on hand (docs/figures.md, "Funds request").</summary>
/// <param name="GrantShare">grant / total_budget (0 when the budget is 0).</param>
/// <param name="Received">Disbursements received on or before <see cref="On"/>.</param>
/// <param name="Spent">Expenditures paid on or before <see cref="On"/>.</param>
/// <param name="SpentFromGrant">Spent × grant share (rounded to cents): the part of the spending the grant bears.</param>
/// <param name="OnHand">Received − SpentFromGrant; negative when the recipient has paid in advance.</param>
/// <param name="OverhangCutoff"><see cref="On"/> minus the overhang horizon (two calendar months).</param>
/// <param name="Overhang">The overhang of figures.md as of <see cref="On"/>: money received on or before the cutoff and not
/// spent by <see cref="On"/>; held longer than the two months the grant conditions allow.</param>
/// <param name="Horizon">The two calendar months after the month of <see cref="On"/>.</param>
/// <param name="ForecastBase">The full months the forecast averages (null for planned payments or without any).</param>
/// <param name="ForecastMonths">How many base months the averages divide by (0 to 3; fewer than 3 early in the runtime).</param>
/// <param name="HorizonMonthsInRuntime">Months of the horizon that start inside the runtime; the forecast counts only those.</param>
/// <param name="ExpectedTotal">Σ expected payments.</param>
/// <param name="ExpectedFromGrant">ExpectedTotal × grant share, rounded down to cents.</param>
/// <param name="Need">max(0, ExpectedFromGrant − OnHand).</param>
/// <param name="OpenGrant">max(0, grant − received): the grant not yet paid out.</param>
/// <param name="Requestable">min(Need, OpenGrant): the amount that may be requested now.</param>
/// <param name="CappedByOpenGrant">Need > OpenGrant.</param>
/// <param name="RequestNo">The next request number after the stored disbursements' ones.</param>
public sealed record FundsRequest(
    ProjectId ProjectId,
    DateOnly On,
    Money Grant,
    Money TotalBudget,
    decimal GrantShare,
    Money Received,
    Money Spent,
    Money SpentFromGrant,
    Money OnHand,
    DateOnly OverhangCutoff,
    Money Overhang,
    DateRange Horizon,
    ExpectedPaymentsBasis Basis,
    DateRange? ForecastBase,
    int ForecastMonths,
    int HorizonMonthsInRuntime,
    IReadOnlyList<ExpectedPayment> Expected,
    Money ExpectedTotal,
    Money ExpectedFromGrant,
    Money Need,
    Money OpenGrant,
    Money Requestable,
    bool CappedByOpenGrant,
    string RequestNo)
{
    /// <summary>The date of the request on the funder's form: the day it is made.</summary>
    public DateOnly RequestDate => On;
}
