using Npgsql;
using NpgsqlTypes;

namespace Reporting.Core.Storage;

/// <summary>One column of a record table as the PostgreSQL import writes it: its name and the type it is copied as.</summary>
internal readonly record struct PostgresColumn(string Name, NpgsqlDbType Type)
{
    public string SqlType => Type switch
    {
        NpgsqlDbType.Text => "TEXT",
        NpgsqlDbType.Date => "DATE",
        NpgsqlDbType.Bigint => "BIGINT",
        NpgsqlDbType.Integer => "INTEGER",
        NpgsqlDbType.Boolean => "BOOLEAN",
        _ => throw new ArgumentOutOfRangeException(nameof(Type)),
    };
}

/// <summary>How the PostgreSQL import session reads and writes one record table: its columns (key columns first), a
/// record's values in that order, and a record from a row of those columns. The records of a table are cached per
/// project (<see cref="ByProject"/>) or, for programs and projects, whole.</summary>
internal sealed class PostgresTable<T>(
    RecordKind kind,
    string name,
    PostgresColumn[] columns,
    int keyCount,
    Func<T, object?[]> values,
    Func<NpgsqlDataReader, T> read,
    string? conflictTarget = null) where T : class
{
    public RecordKind Kind => kind;

    public string Name => name;

    public IReadOnlyList<PostgresColumn> Columns => columns;

    public int KeyCount => keyCount;

    /// <summary>True when the table's key starts with <c>project_id</c>: its records are cached one project at a time.</summary>
    public bool ByProject => columns[0].Name == "project_id";

    public object?[] Values(T record) => values(record);

    public T Read(NpgsqlDataReader reader) => read(reader);

    /// <summary>The temporary table rows are copied into before they are merged (dropped at the end of the transaction).</summary>
    public string Staging => "staging_" + name;

    private string List => string.Join(", ", columns.Select(c => c.Name));

    private string Keys => string.Join(", ", columns.Take(keyCount).Select(c => c.Name));

    public string CreateStaging =>
        $"CREATE TEMP TABLE {Staging} ({string.Join(", ", columns.Select(c => $"{c.Name} {c.SqlType}"))}, import_source BIGINT NOT NULL, added BOOLEAN NOT NULL) ON COMMIT DROP;";

    public string Copy => $"COPY {Staging} ({List}, import_source, added) FROM STDIN (FORMAT BINARY)";

    /// <summary>Copies new records straight into the record table, with their provenance (no staging, no merge).</summary>
    public string CopyNew => $"COPY {name} ({List}, import_run, import_source) FROM STDIN (FORMAT BINARY)";

    /// <summary>The records of one project (<c>@p</c>), or of the whole table, with their provenance.</summary>
    public string Select => $"SELECT {List}, import_run, import_source FROM {name}"
        + (ByProject ? " WHERE project_id = @p" : "") + (name == "budget_lines" ? " ORDER BY line_no;" : ";");

    /// <summary>One set-based merge of the staged rows: records new to the table are inserted as they are (the session
    /// has checked that their keys are not stored), stored ones get the staged values with
    /// <c>ON CONFLICT ... DO UPDATE</c> (the session stages a record's final values: the file's columns over the stored
    /// record's) and every row this run's provenance. Budget lines go in in file order, so they keep the order they
    /// were first imported in.</summary>
    public string Merge(long run)
    {
        var select = $"SELECT {List}, {run.ToString(System.Globalization.CultureInfo.InvariantCulture)}, import_source FROM {Staging}";
        return $"INSERT INTO {name} ({List}, import_run, import_source) {select} WHERE added"
            + (name == "budget_lines" ? " ORDER BY import_source; " : "; ")
            + $"INSERT INTO {name} ({List}, import_run, import_source) {select} WHERE NOT added "
            + $"ON CONFLICT ({conflictTarget ?? Keys}) DO UPDATE SET "
            + string.Join(", ", columns.Skip(keyCount).Select(c => $"{c.Name} = excluded.{c.Name}"))
            + ", import_run = excluded.import_run, import_source = excluded.import_source; "
            + $"TRUNCATE {Staging};";
    }
}
