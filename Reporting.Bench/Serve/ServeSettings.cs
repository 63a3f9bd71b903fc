namespace Reporting.Bench.Serve;

/// <summary>What the <c>serve</c> bench asks of the server.</summary>
/// <param name="Requests">Timed requests per address (after the warm-up).</param>
/// <param name="WarmUp">Untimed requests per address first (JIT, SQLite page cache).</param>
/// <param name="Database">An existing database to serve instead of a generated one; null: the data set of the run.</param>
/// <param name="Project">The project of the project page; null: the one with the most vouchers (of a generated data
/// set), or the first of <c>/api/targets</c> for <paramref name="Database"/>.</param>
internal sealed record ServeSettings(int Requests, int WarmUp, string? Database, string? Project)
{
    public static readonly ServeSettings Default = new(50, 5, null, null);
}
