using IDbConnection = System.Data.IDbConnection;
using Dapper;

namespace Reporting.Core.Storage;

/// <summary>Record counts per kind, the same way for every backend.</summary>
internal static class StoreReader
{
    /// <param name="countAll">One SELECT returning the seven counts in <see cref="RecordKind"/> order.</param>
    public static IReadOnlyDictionary<RecordKind, int> Count(IDbConnection connection, string countAll)
    {
        var row = connection.QuerySingle<(long, long, long, long, long, long, long)>(countAll);
        return new Dictionary<RecordKind, int>
        {
            [RecordKind.Programs] = (int)row.Item1,
            [RecordKind.Projects] = (int)row.Item2,
            [RecordKind.BudgetLines] = (int)row.Item3,
            [RecordKind.Participants] = (int)row.Item4,
            [RecordKind.Placements] = (int)row.Item5,
            [RecordKind.Expenditures] = (int)row.Item6,
            [RecordKind.Disbursements] = (int)row.Item7,
        };
    }
}
