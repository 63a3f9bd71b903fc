using Reporting.Core.Storage;

namespace Reporting.Tests.Storage;

/// <summary>The column maps (<see cref="RecordMaps"/>) describe the tables the schema scripts create, on every backend.</summary>
public abstract partial class StoreContractTests
{
    /// <summary>The columns of <paramref name="table"/> in a migrated store of this backend.</summary>
    protected abstract IReadOnlySet<string> TableColumns(string table);

    [Test]
    public void ColumnMaps_NameEveryColumnOfTheirTable_ButProvenanceAndOrder()
    {
        using var store = NewStore();
        string[] writtenByImportOrSchema = ["import_run", "import_source", "line_no"];
        var maps = new (string Table, IEnumerable<string> Columns)[]
        {
            (RecordMaps.Programs.Table, RecordMaps.Programs.Columns.Select(c => c.Name)),
            (RecordMaps.Projects.Table, RecordMaps.Projects.Columns.Select(c => c.Name)),
            (RecordMaps.BudgetLines.Table, RecordMaps.BudgetLines.Columns.Select(c => c.Name)),
            (RecordMaps.Participants.Table, RecordMaps.Participants.Columns.Select(c => c.Name)),
            (RecordMaps.Placements.Table, RecordMaps.Placements.Columns.Select(c => c.Name)),
            (RecordMaps.Expenditures.Table, RecordMaps.Expenditures.Columns.Select(c => c.Name)),
            (RecordMaps.Disbursements.Table, RecordMaps.Disbursements.Columns.Select(c => c.Name)),
        };

        foreach (var (table, columns) in maps)
        {
            Assert.That(columns, Is.EquivalentTo(TableColumns(table).Except(writtenByImportOrSchema)), table);
        }
        Assert.That(RecordMaps.Participants.Columns.Select(c => (c.Name, c.Type)), Is.EqualTo(new[]
        {
            ("project_id", ColumnType.Text), ("participant_id", ColumnType.Text), ("entry_date", ColumnType.Date),
            ("exit_date", ColumnType.Date), ("exit_reason", ColumnType.Text), ("gender", ColumnType.Text),
            ("birth_year", ColumnType.Int), ("long_term_unemployed", ColumnType.Flag), ("refugee", ColumnType.Flag),
            ("severely_disabled", ColumnType.Flag),
        }), "a participant's columns and their logical types");
    }
}
