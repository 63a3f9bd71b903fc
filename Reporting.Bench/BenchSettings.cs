namespace Reporting.Bench;

/// <summary>What a bench run measures, as given on the command line (defaults keep <c>all</c> within minutes).</summary>
/// <param name="Projects">Projects of the generated data set.</param>
/// <param name="Participants">Participants of the generated data set.</param>
/// <param name="Vouchers">Vouchers of the generated data set (<c>--vouchers 5000000</c> for a Land).</param>
/// <param name="Seed">Generator seed.</param>
/// <param name="XlsxRows">Rows of the xlsx writer comparison.</param>
/// <param name="Growth">Row counts of the growth table.</param>
/// <param name="Postgres">A PostgreSQL server (<c>postgres://user@host:port/db</c>) for the PostgreSQL import; none: skipped.</param>
/// <param name="Cli">The built <c>fundingreports.dll</c>; none: the Release build of Reporting.Cli (built first).</param>
/// <param name="Work">Folder for data sets and databases; none: a temporary folder.</param>
/// <param name="Keep">Keep the work folder afterwards.</param>
/// <param name="Micro">Run the BenchmarkDotNet inner loops as part of <c>all</c>.</param>
internal sealed record BenchSettings(
    int Projects,
    long Participants,
    long Vouchers,
    ulong Seed,
    int XlsxRows,
    IReadOnlyList<int> Growth,
    string? Postgres,
    string? Cli,
    string? Work,
    bool Keep,
    bool Micro)
{
    public static readonly BenchSettings Default = new(200, 40_000, 200_000, 2018, 100_000, [10_000, 100_000, 1_000_000], null, null, null, false, true);
}
