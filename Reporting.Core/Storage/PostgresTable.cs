using System.Globalization;
using Npgsql;

namespace Reporting.Core.Storage;

/// <summary>How the PostgreSQL import reads and writes one record table, made from its column map: the
/// statements (built once), a record's values as one binary COPY row, and a record from a row of the map's columns. The
/// records of a table are cached per project (<see cref="ByProject"/>) or, for programs, whole.</summary>
internal sealed class PostgresTable<T> where T : class
{
    private static StoreDialect Dialect => StoreDialect.Postgres;

    private readonly RecordMap<T> _map;

    public PostgresTable(RecordMap<T> map)
    {
        _map = map;
        var table = map.Table;
        var list = map.ColumnList();
        var order = map.InInsertionOrder;
        ByProject = map.Columns[0].Name == "project_id";
        CreateStaging = $"CREATE TEMP TABLE {Staging} ("
            + string.Join(", ", map.Columns.Select(c => $"{c.Name} {Dialect.SqlType(c.Type)}"))
            + $", import_source {Dialect.SqlType(ColumnType.Long)} NOT NULL, added {Dialect.SqlType(ColumnType.Flag)} NOT NULL) ON COMMIT DROP;";
        Copy = $"COPY {Staging} ({list}, import_source, added) FROM STDIN (FORMAT BINARY)";
        CopyNew = $"COPY {table} ({list}, import_run, import_source) FROM STDIN (FORMAT BINARY)";
        Select = $"SELECT {list}, import_run, import_source FROM {table}"
            + (ByProject ? $" WHERE {RecordMaps.OfProject}" : "") + (order ? $" ORDER BY {Dialect.InsertionOrder};" : ";");
        SelectAll = $"SELECT {list}, import_run, import_source FROM {table}" + (order ? $" ORDER BY {Dialect.InsertionOrder};" : ";");
        _insert = $"INSERT INTO {table} ({list}, import_run, import_source) ";
        _staged = $", import_source FROM {Staging}";
        _added = order ? " WHERE added ORDER BY import_source; " : " WHERE added; ";
        _changed = $" WHERE NOT added {map.OnConflictUpdate("import_run", "import_source")}; TRUNCATE {Staging};";
    }

    private readonly string _insert;
    private readonly string _staged;
    private readonly string _added;
    private readonly string _changed;

    public string Name => _map.Table;

    /// <summary>How many columns <see cref="Read"/> reads (provenance follows them in <see cref="Select"/>).</summary>
    public int ColumnCount => _map.Columns.Count;

    /// <summary>True when the table's key starts with <c>project_id</c>: its records are cached one project at a time.</summary>
    public bool ByProject { get; }

    /// <summary>Writes the columns of <paramref name="record"/> to the current row of <paramref name="copy"/>.</summary>
    public void Write(PostgresCopyWriter copy, T record) => _map.Write(copy, record);

    public T Read(NpgsqlDataReader reader) => _map.Read(reader, Dialect);

    /// <summary>The temporary table rows are copied into before they are merged (dropped at the end of the transaction).</summary>
    public string Staging => "staging_" + _map.Table;

    public string CreateStaging { get; }

    public string Copy { get; }

    /// <summary>Copies new records straight into the record table, with their provenance (no staging, no merge).</summary>
    public string CopyNew { get; }

    /// <summary>The records of one project (<c>@ProjectId</c>), or of the whole table, with their provenance.</summary>
    public string Select { get; }

    /// <summary>Every record of the table with its provenance (budget lines in the order they were first imported).</summary>
    public string SelectAll { get; }

    /// <summary>One set-based merge of the staged rows: records new to the table are inserted as they are (the session
    /// has checked that their keys are not stored), stored ones get the staged values with
    /// <c>ON CONFLICT ... DO UPDATE</c> (the session stages a record's final values: the file's columns over the stored
    /// record's) and every row this run's provenance. A table listed in insertion order (budget lines) gets its rows in
    /// file order, so they keep the order they were first imported in.</summary>
    public string Merge(long run)
    {
        var select = $"SELECT {_map.ColumnList()}, {run.ToString(CultureInfo.InvariantCulture)}{_staged}";
        return $"{_insert}{select}{_added}{_insert}{select}{_changed}";
    }
}
