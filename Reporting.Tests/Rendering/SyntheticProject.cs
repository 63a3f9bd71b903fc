using Reporting.Core.Domain;

namespace Reporting.Tests.Rendering;

/// <summary>A deterministic project with many vouchers: runtime 2018-01-01..2019-12-31, grant 4,000,000 + own funds
/// 1,000,000, six cost categories C1..C6 with 800,000 approved each; voucher i (1-based) is <c>BX-iiiii</c>, category
/// C(1 + i mod 6), paid on day i mod 730 of the runtime, amount 10.00 + (i × 7919 mod 100,000) cents.</summary>
internal static class SyntheticProject
{
    public static readonly ProjectId Id = new("SYN");
    public const int Categories = 6;

    /// <param name="vouchers">Number of vouchers.</param>
    /// <param name="voucherNo">Voucher number of voucher i (default <see cref="VoucherNo"/>).</param>
    /// <param name="payee">Payee of voucher i (default "Lieferant (i mod 17)").</param>
    public static DataSet Data(int vouchers, Func<int, string>? voucherNo = null, Func<int, string>? payee = null)
    {
        voucherNo ??= VoucherNo;
        payee ??= i => "Lieferant " + (i % 17);
        var program = new FundingProgram(new ProgramId("PR"), "Programm", "Land", "§ 44 LHO");
        var start = new DateOnly(2018, 1, 1);
        var project = new Project(Id, program.Id, "Synthetisches Projekt", "Träger e.V.", "Hagen",
            new DateRange(start, new DateOnly(2019, 12, 31)), Money.Euros(4_000_000m), Money.Euros(1_000_000m), Money.Zero,
            100, 50, Project.DefaultTargetKinds);
        var lines = Enumerable.Range(1, Categories)
            .Select(c => new BudgetLine(Id, $"C{c}", $"Kostenart {c}", Money.Euros(800_000m))).ToList();
        var expenditures = Enumerable.Range(1, vouchers).Select(i => new Expenditure(Id, voucherNo(i), start.AddDays(i % 730),
            $"C{1 + (i % Categories)}", Money.Euros(10m + (i * 7919L % 100_000) / 100m), payee(i), "Zweck " + i)).ToList();
        var snapshot = new ProjectSnapshot(project, program, lines, [], [], expenditures,
            [new Disbursement(Id, "D1", start, start.AddDays(10), Money.Euros(1_000_000m))]);
        return new DataSet([program], [snapshot]);
    }

    public static string VoucherNo(int i) => $"BX-{i:D5}";
}
