using System.Data;
using System.Data.Common;

namespace Reporting.Core.Storage;

/// <summary>What a column holds, whatever the backend stores it as (<see cref="StoreDialect"/> decides that).</summary>
internal enum ColumnType
{
    /// <summary>Text, stored as text everywhere.</summary>
    Text,

    /// <summary>A calendar day (<see cref="DateOnly"/>).</summary>
    Date,

    /// <summary>A yes/no flag (<see cref="bool"/>), NULL for "not known".</summary>
    Flag,

    /// <summary>A whole number that fits 32 bits (<see cref="int"/>): a year, a count of places.</summary>
    Int,

    /// <summary>A 64-bit whole number (<see cref="long"/>): money as cents.</summary>
    Long,
}

/// <summary>One column of a record table: its name, its logical type, and the domain value it is written from.</summary>
/// <param name="Value">The value of the column in a record: <see cref="string"/>, <see cref="DateOnly"/>,
/// <see cref="bool"/>, <see cref="int"/> or <see cref="long"/> as <paramref name="Type"/> says, or null.</param>
/// <param name="Key">Part of the record's key: an upsert finds the stored record by it and never updates it.</param>
internal sealed record StoreColumn<T>(string Name, ColumnType Type, Func<T, object?> Value, bool Key = false);

/// <summary>Makes the columns of a <see cref="RecordMap{T}"/>, one factory per <see cref="ColumnType"/>, each taking the
/// domain value of that type.</summary>
internal sealed class ColumnsOf<T>
{
    public static readonly ColumnsOf<T> Factory = new();

    private ColumnsOf()
    {
    }

    public StoreColumn<T> Text(string name, Func<T, string?> value, bool key = false) => new(name, ColumnType.Text, r => value(r), key);

    public StoreColumn<T> Date(string name, Func<T, DateOnly?> value, bool key = false) => new(name, ColumnType.Date, r => value(r), key);

    public StoreColumn<T> Flag(string name, Func<T, bool?> value) => new(name, ColumnType.Flag, r => value(r));

    public StoreColumn<T> Int(string name, Func<T, int?> value, bool key = false) => new(name, ColumnType.Int, r => value(r), key);

    public StoreColumn<T> Long(string name, Func<T, long> value) => new(name, ColumnType.Long, r => value(r));

    /// <summary>The <c>project_id</c> every record table's key starts with.</summary>
    public StoreColumn<T> Project(Func<T, Domain.ProjectId> value) => Text("project_id", r => value(r).Value, key: true);
}

/// <summary>The columns of one record kind's table and how a row of them becomes the domain record again. The upsert
/// and the SELECT of both backends are made from it (<see cref="Upsert"/>, <see cref="Select"/>); the backend's
/// <see cref="StoreDialect"/> decides placeholders, how a date and a flag are bound and read, and how text sorts.</summary>
/// <param name="table">The table.</param>
/// <param name="columns">Its columns, key columns first, made with the typed factories of <see cref="ColumnsOf{T}"/>.</param>
/// <param name="read">Builds the record from one row, reading its columns by name (<see cref="StoredRow"/>).</param>
/// <param name="orderBy">The columns listings are sorted by; none for the order the rows were first stored in.</param>
/// <param name="conflictTarget">The <c>ON CONFLICT</c> target when it is not the list of key columns (an expression
/// index).</param>
internal sealed class RecordMap<T>(
    string table,
    Func<ColumnsOf<T>, IReadOnlyList<StoreColumn<T>>> columns,
    Func<StoredRow, T> read,
    IReadOnlyList<string> orderBy,
    string? conflictTarget = null)
{
    public string Table { get; } = table;

    public IReadOnlyList<StoreColumn<T>> Columns { get; } = columns(ColumnsOf<T>.Factory);

    private Dictionary<string, int> Ordinals =>
        field ??= Columns.Select((c, i) => (c.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);

    /// <summary>The column names, in the map's order, each prefixed with <paramref name="alias"/> when given: the
    /// select list a hand-written query over the map's table returns (<see cref="Query"/> reads it by position).</summary>
    public string ColumnList(string? alias = null) =>
        string.Join(", ", Columns.Select(c => alias is null ? c.Name : $"{alias}.{c.Name}"));

    /// <summary>The column called <paramref name="name"/>.</summary>
    public StoreColumn<T> Column(string name) => Ordinals.TryGetValue(name, out var i)
        ? Columns[i]
        : throw new ArgumentOutOfRangeException(nameof(name), name, $"{Table} has no column of that name");

    /// <summary><c>INSERT ... ON CONFLICT (key) DO UPDATE SET</c> every other column; one parameter per column,
    /// named as the column (<see cref="Parameters"/>).</summary>
    public string Upsert(StoreDialect dialect)
    {
        var names = string.Join(", ", Columns.Select(c => c.Name));
        var values = string.Join(", ", Columns.Select(c => dialect.Placeholder(c.Name)));
        var target = conflictTarget ?? string.Join(", ", Columns.Where(c => c.Key).Select(c => c.Name));
        var updates = string.Join(", ", Columns.Where(c => !c.Key).Select(c => $"{c.Name} = excluded.{c.Name}"));
        return $"INSERT INTO {Table} ({names}) VALUES ({values}) ON CONFLICT ({target}) DO UPDATE SET {updates};";
    }

    /// <summary><c>SELECT</c> every column, in the map's order, with an optional <paramref name="where"/> condition,
    /// sorted by the map's order.</summary>
    public string Select(StoreDialect dialect, string? where = null)
    {
        var order = orderBy.Count == 0
            ? dialect.InsertionOrder
            : string.Join(", ", orderBy.Select(name => dialect.SortKey(Column(name).Name, Column(name).Type)));
        var condition = where is null ? "" : $" WHERE {where}";
        return $"SELECT {ColumnList()} FROM {Table}{condition} ORDER BY {order};";
    }

    /// <summary>Adds one parameter per column to <paramref name="command"/>, typed as the dialect binds the column's type;
    /// <see cref="Bind"/> sets their values for each record.</summary>
    public void Parameters(IDbCommand command, StoreDialect dialect)
    {
        foreach (var column in Columns)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = dialect.Placeholder(column.Name);
            parameter.DbType = dialect.DbTypeOf(column.Type);
            command.Parameters.Add(parameter);
        }
    }

    /// <summary>Sets the parameters of <see cref="Parameters"/> to the columns of <paramref name="record"/>.</summary>
    public void Bind(IDbCommand command, StoreDialect dialect, T record)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            var column = Columns[i];
            ((IDataParameter)command.Parameters[i]!).Value = column.Value(record) is { } value
                ? dialect.ToDatabase(column.Type, value)
                : DBNull.Value;
        }
    }

    /// <summary>Runs <see cref="Upsert"/> once per record, in <paramref name="tx"/>.</summary>
    public void Save(IDbConnection connection, IDbTransaction tx, StoreDialect dialect, IEnumerable<T> records)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = Upsert(dialect);
        Parameters(command, dialect);
        foreach (var record in records)
        {
            Bind(command, dialect, record);
            command.ExecuteNonQuery();
        }
    }

    /// <summary>Runs <paramref name="sql"/> (a <see cref="Select"/> of this map, or a query returning <see cref="ColumnList"/>)
    /// with <paramref name="args"/> bound as the dialect binds their types, and builds a record of each row.</summary>
    public List<T> Query(IDbConnection connection, IDbTransaction? tx, StoreDialect dialect, string sql, params StoreArg[] args)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var arg in args)
        {
            dialect.Add(command, arg);
        }
        using var reader = (DbDataReader)command.ExecuteReader();
        var row = new StoredRow(reader, dialect, Ordinals, Table);
        var records = new List<T>();
        while (reader.Read())
        {
            records.Add(read(row));
        }
        return records;
    }
}

/// <summary>The current row of a <see cref="RecordMap{T}.Select"/>, its columns read by name as the dialect stores them.</summary>
internal sealed class StoredRow(DbDataReader reader, StoreDialect dialect, IReadOnlyDictionary<string, int> ordinals, string table)
{
    public string Text(string column) => reader.GetString(Ordinal(column));

    public string? TextOrNull(string column) => Null(column, out var i) ? null : reader.GetString(i);

    public DateOnly Date(string column) => dialect.ReadDate(reader, Ordinal(column));

    public DateOnly? DateOrNull(string column) => Null(column, out var i) ? null : dialect.ReadDate(reader, i);

    public bool? Flag(string column) => Null(column, out var i) ? null : dialect.ReadFlag(reader, i);

    public int? Int(string column) => Null(column, out var i) ? null : dialect.ReadInt(reader, i);

    public long Long(string column) => reader.GetInt64(Ordinal(column));

    private bool Null(string column, out int ordinal)
    {
        ordinal = Ordinal(column);
        return reader.IsDBNull(ordinal);
    }

    private int Ordinal(string column) => ordinals.TryGetValue(column, out var i)
        ? i
        : throw new ArgumentOutOfRangeException(nameof(column), column, $"{table} has no column of that name");
}
