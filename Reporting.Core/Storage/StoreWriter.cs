using System.Data;
using Dapper;

namespace Reporting.Core.Storage;

/// <summary>Saves a batch the same way for every backend: parents before children, all in one transaction, each record
/// kind with the upsert its <see cref="RecordMaps"/> entry makes in the backend's <see cref="StoreDialect"/>.</summary>
internal static class StoreWriter
{
    private const string DeleteRuntimeBudgetLines = "DELETE FROM budget_lines WHERE project_id = @ProjectId AND budget_year IS NULL;";

    /// <param name="afterSave">Run once per project the batch touched, with <c>@ProjectId</c>: at least the rebuild of
    /// its summaries (daily totals, first placements), so that they agree with its records again.</param>
    public static void Save(IDbConnection connection, StoreDialect dialect, string afterSave, ImportBatch batch)
    {
        using var tx = connection.BeginTransaction();
        RecordMaps.Programs.Save(connection, tx, dialect, batch.Programs);
        RecordMaps.Projects.Save(connection, tx, dialect, batch.Projects);
        // A plan by budget year replaces the project's plan without years (the import has checked that the years add up to it).
        connection.Execute(DeleteRuntimeBudgetLines,
            batch.BudgetLines.Where(b => b.BudgetYear is not null).Select(b => b.ProjectId.Value).Distinct().Select(p => new { ProjectId = p }), tx);
        RecordMaps.BudgetLines.Save(connection, tx, dialect, batch.BudgetLines);
        RecordMaps.Participants.Save(connection, tx, dialect, batch.Participants);
        RecordMaps.Placements.Save(connection, tx, dialect, batch.Placements);
        RecordMaps.Expenditures.Save(connection, tx, dialect, batch.Expenditures);
        RecordMaps.Disbursements.Save(connection, tx, dialect, batch.Disbursements);
        connection.Execute(afterSave, batch.TouchedProjects().Select(p => new { ProjectId = p }), tx);
        tx.Commit();
    }
}
