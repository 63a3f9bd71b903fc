using IDbConnection = System.Data.IDbConnection;
using Dapper;
using Reporting.Core.Domain;

namespace Reporting.Core.Storage;

/// <summary>The seven SELECTs a backend reads its records with, and the one that counts them; each backend writes its
/// own (its SQL stays in its files). Every SELECT returns the columns of the shared row classes, by name.</summary>
internal sealed record StoreQueries(
    string Programs,
    string Projects,
    string BudgetLines,
    string Participants,
    string Placements,
    string Expenditures,
    string Disbursements,
    string CountAll);

/// <summary>Runs a backend's <see cref="StoreQueries"/> and assembles the rows into domain records, the same way for
/// every backend.</summary>
internal static class StoreReader
{
    public static DataSet Load(IDbConnection connection, StoreQueries sql)
    {
        var programs = connection.Query<ProgramRow>(sql.Programs).Select(r => r.ToDomain()).ToList();
        var projects = connection.Query<ProjectRow>(sql.Projects).Select(r => r.ToDomain()).ToList();
        var budget = connection.Query<BudgetLineRow>(sql.BudgetLines).Select(r => r.ToDomain()).ToLookup(r => r.ProjectId);
        var participants = connection.Query<ParticipantRow>(sql.Participants).Select(r => r.ToDomain()).ToLookup(r => r.ProjectId);
        var placements = connection.Query<PlacementRow>(sql.Placements).Select(r => r.ToDomain()).ToLookup(r => r.ProjectId);
        var expenditures = connection.Query<ExpenditureRow>(sql.Expenditures).Select(r => r.ToDomain()).ToLookup(r => r.ProjectId);
        var disbursements = connection.Query<DisbursementRow>(sql.Disbursements).Select(r => r.ToDomain()).ToLookup(r => r.ProjectId);
        var programById = programs.ToDictionary(p => p.Id);

        var snapshots = projects.Select(p => new ProjectSnapshot(
            p,
            programById[p.ProgramId],
            budget[p.Id].ToList(),
            participants[p.Id].ToList(),
            placements[p.Id].ToList(),
            expenditures[p.Id].ToList(),
            disbursements[p.Id].ToList())).ToList();
        return new DataSet(programs, snapshots);
    }

    public static IReadOnlyDictionary<RecordKind, int> Count(IDbConnection connection, StoreQueries sql)
    {
        var row = connection.QuerySingle<(long, long, long, long, long, long, long)>(sql.CountAll);
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
