using System.Globalization;

namespace Reporting.Core.Generation;

public static partial class DataGenerator
{
    /// <summary>Refunds (negative vouchers), in permille of the vouchers.</summary>
    private const int RefundPermille = 15;

    private static readonly string[] VoucherPrefixes = Enumerable.Range(2015, 11)
        .Select(y => "B-" + y.ToString(CultureInfo.InvariantCulture) + "-").ToArray();

    /// <summary>
    /// The project's vouchers in payment order inside its runtime: most on working days, more in the last days of a
    /// month (salaries), by category as often as the category is usually booked, each line spending about its planned
    /// share of the approved amount, now and then a refund. Voucher numbers run per year, as in a cash book. Then the
    /// drawdowns: one per quarter with spending, the grant's share of that quarter's spending, requested in advance or
    /// after the quarter, never more than the grant in all.
    /// </summary>
    private static void WritePayments(GeneratorFiles files, ProjectPlan plan, ulong seed)
    {
        var random = SeededRandom.For(seed, plan.Index, 3);
        var lines = plan.Lines;
        Span<int> countWeights = stackalloc int[lines.Count];
        int countWeightSum = 0;
        for (int i = 0; i < lines.Count; i++)
        {
            countWeights[i] = lines[i].Category.CountWeight;
            countWeightSum += countWeights[i];
        }
        Span<long> mean = stackalloc long[lines.Count];
        for (int i = 0; i < lines.Count; i++)
        {
            mean[i] = plan.Vouchers == 0 ? 0 : Math.Max(100,
                (long)((Int128)lines[i].ApprovedCents * lines[i].Utilisation * countWeightSum / (1000 * (Int128)plan.Vouchers * countWeights[i])));
        }
        int quarters = (plan.End.Year - plan.Start.Year) * 4 + (plan.End.Month - 1) / 3 - (plan.Start.Month - 1) / 3 + 1;
        Span<long> spent = stackalloc long[quarters];
        spent.Clear();

        long totalWeight = 0;
        for (var day = plan.Start; day <= plan.End; day = day.AddDays(1))
        {
            totalWeight += DayWeight(seed, plan.Index, day);
        }
        var expenditures = files.Expenditures;
        long written = 0;
        long weight = 0;
        int year = 0;
        long number = 0;
        for (var day = plan.Start; day <= plan.End && written < plan.Vouchers; day = day.AddDays(1))
        {
            weight += DayWeight(seed, plan.Index, day);
            long due = (long)((Int128)plan.Vouchers * weight / totalWeight);
            for (; written < due; written++)
            {
                if (day.Year != year)
                {
                    (year, number) = (day.Year, 0);
                }
                int c = random.Weighted(countWeights);
                var category = lines[c].Category;
                bool refund = random.Chance(RefundPermille);
                long cents = refund ? -Math.Max(1, mean[c] * random.Between(5, 40) / 100) : Math.Max(1, mean[c] * random.Between(40, 160) / 100);
                expenditures.Cell(plan.Id);
                expenditures.Code(VoucherPrefixes[year - 2015], ++number, 6);
                expenditures.Date(day);
                expenditures.Cell(category.Code);
                expenditures.Amount(cents);
                expenditures.Cell(category.Payees.Length == 0 ? plan.Recipient : random.Pick(category.Payees));
                var purpose = random.Pick(category.Purposes);
                expenditures.TextWithMonth(refund ? "Gutschrift " + purpose : purpose, day);
                expenditures.EndRow();
                spent[QuarterOf(plan.Start, day)] += cents;
            }
        }
        WriteDrawdowns(files.Disbursements, plan, spent, random);
    }

    private static void WriteDrawdowns(CsvRowWriter disbursements, ProjectPlan plan, ReadOnlySpan<long> spent, SeededRandom random)
    {
        long drawn = 0;
        int number = 0;
        var quarter = new DateOnly(plan.Start.Year, (plan.Start.Month - 1) / 3 * 3 + 1, 1);
        for (int q = 0; q < spent.Length; q++, quarter = quarter.AddMonths(3))
        {
            long share = spent[q] <= 0 ? 0 : (long)((Int128)spent[q] * plan.GrantCents / plan.TotalCents);
            long amount;
            DateOnly requested;
            if (plan.AdvanceDrawdowns)
            {
                amount = share * random.Between(95, 110) / 100;
                var before = quarter.AddDays(-random.Between(5, 20));
                requested = before < plan.Start ? plan.Start : before;
            }
            else
            {
                amount = share;
                requested = quarter.AddMonths(3).AddDays(random.Between(4, 24));
            }
            amount = Math.Min(amount / 10_000 * 10_000, plan.GrantCents - drawn);
            if (amount <= 0)
            {
                continue;
            }
            drawn += amount;
            disbursements.Cell(plan.Id);
            disbursements.Code("MA-", ++number, 2);
            disbursements.Date(requested);
            disbursements.Date(requested.AddDays(random.Between(7, 21)));
            disbursements.Amount(amount);
            disbursements.EndRow();
        }
    }

    /// <summary>How many vouchers a day gets relative to others: none on Sundays, few on Saturdays, more on the last
    /// working days of a month. A hash, not a stream, so both passes over the runtime see the same weights.</summary>
    private static int DayWeight(ulong seed, int project, DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Sunday => 0,
        DayOfWeek.Saturday => 1,
        _ => 4 + (int)(SeededRandom.Hash(seed, project, day.DayNumber) % 5) + (day.Day >= 26 ? 12 : 0),
    };

    private static int QuarterOf(DateOnly start, DateOnly day) =>
        (day.Year - start.Year) * 4 + (day.Month - 1) / 3 - (start.Month - 1) / 3;
}
