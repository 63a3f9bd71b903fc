using System.Globalization;
using Reporting.Core.Domain;

namespace Reporting.Core.Figures;

public static partial class FigureCalculator
{
    /// <summary>Months averaged by the forecast of expected payments.</summary>
    public const int ForecastBaseMonths = 3;

    /// <summary>Calendar months a request covers (ANBest-P 1.4).</summary>
    public const int RequestHorizonMonths = 2;

    /// <summary>The funds request (Mittelabruf) on <paramref name="on"/>. Expected payments are <paramref name="planned"/>
    /// when given, else a forecast from the spending of the last three full months.</summary>
    public static FundsRequest ComputeFundsRequest(
        ProjectSnapshot snapshot, DateOnly on, IReadOnlyList<PlannedPayment>? planned = null, FigureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        options ??= FigureOptions.Default;
        var project = snapshot.Project;
        var runtime = project.Runtime;
        var grantShare = project.TotalBudget.IsZero ? 0m : project.Grant / project.TotalBudget;

        var received = snapshot.Disbursements.Where(d => d.ReceivedDate is { } r && r <= on).Sum(d => d.Amount);
        var spent = snapshot.Expenditures.Where(e => e.PaymentDate <= on).Sum(e => e.Amount);
        var spentFromGrant = ShareOfActual(spent, project.Grant, project.TotalBudget).RoundToCents();
        var onHand = received - spentFromGrant;
        var cutoff = on.AddMonths(-options.OverhangHorizonMonths);
        var heldLong = snapshot.Disbursements.Where(d => d.ReceivedDate is { } r && r <= cutoff).Sum(d => d.Amount);

        var thisMonth = new DateOnly(on.Year, on.Month, 1);
        var horizon = new DateRange(thisMonth.AddMonths(1), thisMonth.AddMonths(1 + RequestHorizonMonths).AddDays(-1));
        var horizonMonths = Enumerable.Range(1, RequestHorizonMonths).Count(k => thisMonth.AddMonths(k) <= runtime.End);
        var plan = BudgetPlan.Of(snapshot.BudgetLines);

        DateRange? forecastBase = null;
        var baseMonths = 0;
        List<ExpectedPayment> expected;
        if (planned is not null)
        {
            expected = planned.GroupBy(p => p.CostCategory, StringComparer.Ordinal)
                .Select(g => new ExpectedPayment(g.Key, plan.Label(g.Key), null, g.Sum(p => p.Amount)))
                .ToList();
        }
        else
        {
            // The full calendar months before the month of `on` in which the project ran, at most three.
            var months = Enumerable.Range(1, ForecastBaseMonths).Select(k => thisMonth.AddMonths(-k))
                .Where(m => m.AddMonths(1).AddDays(-1) >= runtime.Start && m <= runtime.End)
                .ToList();
            baseMonths = months.Count;
            if (baseMonths > 0)
            {
                forecastBase = new DateRange(months.Min(), months.Max().AddMonths(1).AddDays(-1));
            }
            var inBase = forecastBase is { } b ? snapshot.Expenditures.Where(e => b.Contains(e.PaymentDate)).ToList() : [];
            expected = CostCategories(snapshot).Select(c =>
            {
                var average = baseMonths == 0 ? Money.Zero : new Money(inBase.Where(e => e.CostCategory == c).Sum(e => e.Amount).Amount / baseMonths);
                return new ExpectedPayment(c, plan.Label(c), average, (average * horizonMonths).RoundToCents());
            }).ToList();
        }

        var expectedTotal = expected.Sum(e => e.Amount);
        var expectedFromGrant = FloorToCents(ShareOfActual(expectedTotal, project.Grant, project.TotalBudget));
        var need = Money.Max(Money.Zero, expectedFromGrant - onHand);
        var openGrant = Money.Max(Money.Zero, project.Grant - received);
        return new FundsRequest(
            project.Id, on, project.Grant, project.TotalBudget, grantShare, received, spent, spentFromGrant, onHand,
            cutoff, Money.Max(Money.Zero, heldLong - spent), horizon,
            planned is null ? ExpectedPaymentsBasis.Forecast : ExpectedPaymentsBasis.Planned,
            forecastBase, baseMonths, horizonMonths, expected, expectedTotal, expectedFromGrant,
            need, openGrant, Money.Min(need, openGrant), need > openGrant, NextRequestNo(snapshot.Disbursements));
    }

    private static Money FloorToCents(Money m) => new(Math.Floor(m.Amount * 100m) / 100m);

    /// <summary>The request number after the highest stored one: its trailing number plus one, zero padding and prefix
    /// kept (<c>MA-09</c> → <c>MA-10</c>); <c>1</c> when there is none; the count plus one when no number ends in digits.</summary>
    internal static string NextRequestNo(IReadOnlyList<Disbursement> disbursements)
    {
        var numbered = disbursements
            .Select(d => (d.RequestNo, Digits: TrailingDigits(d.RequestNo)))
            .Where(x => x.Digits.Length is > 0 and <= 18)
            .Select(x => (x.RequestNo, x.Digits, Number: long.Parse(x.Digits, CultureInfo.InvariantCulture)))
            .OrderBy(x => x.Number)
            .ThenBy(x => x.RequestNo, StringComparer.Ordinal)
            .ToList();
        if (numbered.Count == 0)
        {
            return (disbursements.Count + 1).ToString(CultureInfo.InvariantCulture);
        }
        var last = numbered[^1];
        var next = (last.Number + 1).ToString(CultureInfo.InvariantCulture).PadLeft(last.Digits.Length, '0');
        return last.RequestNo[..^last.Digits.Length] + next;
    }

    private static string TrailingDigits(string s)
    {
        var i = s.Length;
        while (i > 0 && char.IsAsciiDigit(s[i - 1]))
        {
            i--;
        }
        return s[i..];
    }
}
