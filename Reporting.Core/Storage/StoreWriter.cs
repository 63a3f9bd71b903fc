using IDbConnection = System.Data.IDbConnection;
using Dapper;

namespace Reporting.Core.Storage;

/// <summary>The seven upserts a backend saves its records with (<c>INSERT ... ON CONFLICT ... DO UPDATE</c> in its own
/// SQL dialect); every statement binds the properties of the shared row classes, by name.</summary>
internal sealed record StoreUpserts(
    string Program,
    string Project,
    string BudgetLine,
    string Participant,
    string Placement,
    string Expenditure,
    string Disbursement,
    string RebuildSummaries);

/// <summary>Saves a batch the same way for every backend: parents before children, all in one transaction.</summary>
internal static class StoreWriter
{
    private const string DeleteRuntimeBudgetLines = "DELETE FROM budget_lines WHERE project_id = @ProjectId AND budget_year IS NULL;";

    public static void Save(IDbConnection connection, StoreUpserts sql, ImportBatch batch)
    {
        using var tx = connection.BeginTransaction();
        connection.Execute(sql.Program, batch.Programs.Select(Rows.From), tx);
        connection.Execute(sql.Project, batch.Projects.Select(Rows.From), tx);
        // A plan by budget year replaces the project's plan without years (the import has checked that the years add up to it).
        connection.Execute(DeleteRuntimeBudgetLines,
            batch.BudgetLines.Where(b => b.BudgetYear is not null).Select(b => b.ProjectId.Value).Distinct().Select(p => new { ProjectId = p }), tx);
        connection.Execute(sql.BudgetLine, batch.BudgetLines.Select(Rows.From), tx);
        connection.Execute(sql.Participant, batch.Participants.Select(Rows.From), tx);
        connection.Execute(sql.Placement, batch.Placements.Select(Rows.From), tx);
        connection.Execute(sql.Expenditure, batch.Expenditures.Select(Rows.From), tx);
        connection.Execute(sql.Disbursement, batch.Disbursements.Select(Rows.From), tx);
        RebuildSummaries(connection, sql, tx, batch.TouchedProjects());
        tx.Commit();
    }

    /// <summary>Makes the summaries (daily totals, first placements) of <paramref name="projects"/> agree with their records again.</summary>
    public static void RebuildSummaries(IDbConnection connection, StoreUpserts sql, System.Data.IDbTransaction tx, IEnumerable<string> projects)
    {
        connection.Execute(sql.RebuildSummaries, projects.Select(p => new { ProjectId = p }), tx);
    }
}
