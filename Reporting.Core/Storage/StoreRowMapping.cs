using System.Data;
using Dapper;
using Reporting.Core.Domain;

namespace Reporting.Core.Storage;

/// <summary>Runs one SELECT of <see cref="StoreReadQueries"/> and maps its rows to domain values.</summary>
public delegate IEnumerable<T> RowQuery<T>(IDbConnection connection, string sql, object? args, IDbTransaction transaction);

/// <summary>A disbursement's receipt as the tallies need it (see <see cref="StoreReadQueries.TallyDisbursements"/>).</summary>
internal sealed record ReceivedAmount(string ProjectId, DateOnly ReceivedDate, long AmountCents);

/// <summary>How a backend's rows become domain records in <see cref="SqlStoreReader"/>: which row class Dapper fills for
/// each SELECT and its explicit mapping, and how the <c>@AsOf</c> date of the tallies is bound. <see cref="Text"/>
/// reads ISO date text and 0/1 integers (<see cref="Rows"/>, SQLite); PostgreSQL reads <c>date</c> and
/// <c>boolean</c> natively (<c>PostgresStore.Rows.cs</c>).</summary>
internal sealed record StoreRowMapping(
    Func<DateOnly, object> TallyArgs,
    RowQuery<FundingProgram> Programs,
    RowQuery<Project> Projects,
    RowQuery<BudgetLine> BudgetLines,
    RowQuery<Participant> Participants,
    RowQuery<Placement> Placements,
    RowQuery<Expenditure> Expenditures,
    RowQuery<Disbursement> Disbursements,
    RowQuery<ReceivedAmount> Received)
{
    /// <summary>The shared text rows of <see cref="Rows"/>: dates as <c>yyyy-MM-dd</c>, flags as 0/1.</summary>
    public static readonly StoreRowMapping Text = new(
        asOf => new { AsOf = Rows.Date(asOf) },
        Map<ProgramRow, FundingProgram>(r => r.ToDomain()),
        Map<ProjectRow, Project>(r => r.ToDomain()),
        Map<BudgetLineRow, BudgetLine>(r => r.ToDomain()),
        Map<ParticipantRow, Participant>(r => r.ToDomain()),
        Map<PlacementRow, Placement>(r => r.ToDomain()),
        Map<ExpenditureRow, Expenditure>(r => r.ToDomain()),
        Map<DisbursementRow, Disbursement>(r => r.ToDomain()),
        Map<ReceivedRow, ReceivedAmount>(r => new ReceivedAmount(r.ProjectId, Rows.Date(r.ReceivedDate), r.AmountCents)));

    /// <summary>A query that lets Dapper fill <typeparamref name="TRow"/> by column name and maps each row with
    /// <paramref name="toDomain"/>.</summary>
    public static RowQuery<T> Map<TRow, T>(Func<TRow, T> toDomain) =>
        (connection, sql, args, transaction) => connection.Query<TRow>(sql, args, transaction).Select(toDomain);

    private sealed class ReceivedRow
    {
        public string ProjectId { get; set; } = "";
        public string ReceivedDate { get; set; } = "";
        public long AmountCents { get; set; }
    }
}
