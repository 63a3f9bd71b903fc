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

/// <summary>Takes the values of a record's columns one by one, each as its <see cref="ColumnType"/>'s domain type (nothing
/// boxed): a prepared statement's parameters, a binary COPY row. <paramref name="index"/> is the column's place in the
/// statement.</summary>
internal interface IColumnSink
{
    void Text(int index, string? value);

    void Date(int index, DateOnly? value);

    void Flag(int index, bool? value);

    void Int(int index, int? value);

    void Long(int index, long value);
}

/// <summary>One column of a record table: its name, its logical type, and the domain value it is written from.</summary>
/// <param name="Value">The column's value in a record, a <c>Func&lt;T, V&gt;</c> of the type's domain type <c>V</c>
/// (<see cref="string"/>, <see cref="DateOnly"/>, <see cref="bool"/> or <see cref="int"/>, each nullable, or
/// <see cref="long"/>), as the factories of <see cref="ColumnsOf{T}"/> make it: <see cref="Write{TSink}"/> hands the
/// value on unboxed, <see cref="Boxed"/> boxes it for parameters that take objects.</param>
/// <param name="Key">Part of the record's key: an upsert finds the stored record by it and never updates it.</param>
/// <param name="KeyMayBeNull">A key part that may be NULL (a budget line's year): compared with <c>IS</c>, matched as 0
/// by the unique index of schema script 3.</param>
internal sealed record StoreColumn<T>(string Name, ColumnType Type, Delegate Value, bool Key = false, bool KeyMayBeNull = false)
{
    // The value as its typed delegate, cast once: the import writes every column of every row through these.
    private readonly Func<T, string?>? _text = Value as Func<T, string?>;
    private readonly Func<T, DateOnly?>? _date = Value as Func<T, DateOnly?>;
    private readonly Func<T, bool?>? _flag = Value as Func<T, bool?>;
    private readonly Func<T, int?>? _int = Value as Func<T, int?>;
    private readonly Func<T, long>? _long = Value as Func<T, long>;

    /// <summary>The value of the column in <paramref name="record"/>, boxed, or null.</summary>
    public object? Boxed(T record) => Type switch
    {
        ColumnType.Text => ((Func<T, string?>)Value)(record),
        ColumnType.Date => ((Func<T, DateOnly?>)Value)(record),
        ColumnType.Flag => ((Func<T, bool?>)Value)(record),
        ColumnType.Int => ((Func<T, int?>)Value)(record),
        _ => ((Func<T, long>)Value)(record),
    };

    /// <summary>Hands the column's value in <paramref name="record"/> to <paramref name="sink"/> as its domain type.</summary>
    public void Write<TSink>(TSink sink, int index, T record) where TSink : IColumnSink
    {
        switch (Type)
        {
            case ColumnType.Text: sink.Text(index, _text!(record)); break;
            case ColumnType.Date: sink.Date(index, _date!(record)); break;
            case ColumnType.Flag: sink.Flag(index, _flag!(record)); break;
            case ColumnType.Int: sink.Int(index, _int!(record)); break;
            default: sink.Long(index, _long!(record)); break;
        }
    }
}

/// <summary>Makes the columns of a <see cref="RecordMap{T}"/>, one factory per <see cref="ColumnType"/>, each taking the
/// domain value of that type.</summary>
internal sealed class ColumnsOf<T>
{
    public static readonly ColumnsOf<T> Factory = new();

    private ColumnsOf()
    {
    }

    public StoreColumn<T> Text(string name, Func<T, string?> value, bool key = false) => new(name, ColumnType.Text, value, key);

    public StoreColumn<T> Date(string name, Func<T, DateOnly?> value, bool key = false) => new(name, ColumnType.Date, value, key);

    public StoreColumn<T> Flag(string name, Func<T, bool?> value) => new(name, ColumnType.Flag, value);

    public StoreColumn<T> Int(string name, Func<T, int?> value) => new(name, ColumnType.Int, value);

    /// <summary>A key part that may be NULL (<see cref="StoreColumn{T}.KeyMayBeNull"/>).</summary>
    public StoreColumn<T> NullableKey(string name, Func<T, int?> value) => new(name, ColumnType.Int, value, Key: true, KeyMayBeNull: true);

    public StoreColumn<T> Long(string name, Func<T, long> value) => new(name, ColumnType.Long, value);

    /// <summary>Money, stored as cents (<see cref="Domain.Money.ToCents"/>).</summary>
    public StoreColumn<T> Cents(string name, Func<T, Domain.Money> value) => Long(name, r => value(r).ToCents());

    /// <summary>The <c>project_id</c> every record table's key starts with.</summary>
    public StoreColumn<T> Project(Func<T, Domain.ProjectId> value) => Text("project_id", r => value(r).Value, key: true);
}

/// <summary>The columns of one record kind's table and how a row of them becomes the domain record again. The upsert
/// and the SELECT of both backends are made from it (<see cref="Upsert"/>, <see cref="Select"/>), and so are the
/// imports' prepared statements and COPY rows (<see cref="SqliteTable{T}"/>, <see cref="PostgresTable{T}"/>);
/// the backend's <see cref="StoreDialect"/> decides placeholders, how a date and a flag are bound and read, and how
/// text sorts.</summary>
/// <param name="table">The table.</param>
/// <param name="columns">Its columns, made with the typed factories of <see cref="ColumnsOf{T}"/>; the key columns in the
/// order of the parts of the record's <see cref="RecordKey"/> where an import looks records up by it.</param>
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
    private readonly StoreColumn<T>[] _columns = [.. columns(ColumnsOf<T>.Factory)];

    public string Table { get; } = table;

    public IReadOnlyList<StoreColumn<T>> Columns => _columns;

    /// <summary>The key columns, in the map's order.</summary>
    public IReadOnlyList<StoreColumn<T>> KeyColumns => field ??= [.. _columns.Where(c => c.Key)];

    /// <summary>The columns that are not part of the key, in the map's order.</summary>
    public IReadOnlyList<StoreColumn<T>> ValueColumns => field ??= [.. _columns.Where(c => !c.Key)];

    /// <summary>True when listings keep the order the rows were first stored in (<see cref="StoreDialect.InsertionOrder"/>).</summary>
    public bool InInsertionOrder => orderBy.Count == 0;

    private Dictionary<string, int> Ordinals =>
        field ??= _columns.Select((c, i) => (c.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);

    /// <summary>The column names, in the map's order, each prefixed with <paramref name="alias"/> when given: the
    /// select list a hand-written query over the map's table returns (<see cref="Query"/> reads it by position).</summary>
    public string ColumnList(string? alias = null) =>
        string.Join(", ", _columns.Select(c => alias is null ? c.Name : $"{alias}.{c.Name}"));

    /// <summary>The column called <paramref name="name"/>.</summary>
    public StoreColumn<T> Column(string name) => Ordinals.TryGetValue(name, out var i)
        ? _columns[i]
        : throw new ArgumentOutOfRangeException(nameof(name), name, $"{Table} has no column of that name");

    /// <summary><c>ON CONFLICT (key) DO UPDATE SET</c> every column that is not part of the key, and
    /// <paramref name="alsoSet"/>, each to the value the insert proposed.</summary>
    public string OnConflictUpdate(params string[] alsoSet)
    {
        var updates = string.Join(", ", ValueColumns.Select(c => c.Name).Concat(alsoSet).Select(name => $"{name} = excluded.{name}"));
        return $"ON CONFLICT ({ConflictTarget}) DO UPDATE SET {updates}";
    }

    /// <summary><c>INSERT ... ON CONFLICT (key) DO UPDATE SET</c> every other column; one parameter per column,
    /// named as the column (<see cref="Parameters"/>).</summary>
    public string Upsert(StoreDialect dialect) => $"{Values(dialect)} {OnConflictUpdate()};";

    /// <summary><c>INSERT</c> of one row, with the parameters of <see cref="Upsert"/>; when <paramref name="unlessStored"/>,
    /// a row whose key is stored is left as it is (nothing inserted).</summary>
    public string Insert(StoreDialect dialect, bool unlessStored = false) =>
        Values(dialect) + (unlessStored ? $" ON CONFLICT ({ConflictTarget}) DO NOTHING;" : ";");

    private string ConflictTarget => conflictTarget ?? string.Join(", ", KeyColumns.Select(c => c.Name));

    private string Values(StoreDialect dialect) =>
        $"INSERT INTO {Table} ({ColumnList()}) VALUES ({string.Join(", ", _columns.Select(c => dialect.Placeholder(c.Name)))})";

    /// <summary><c>SELECT</c> every column, in the map's order, with an optional <paramref name="where"/> condition,
    /// sorted by the map's order.</summary>
    public string Select(StoreDialect dialect, string? where = null)
    {
        var order = InInsertionOrder
            ? dialect.InsertionOrder
            : string.Join(", ", orderBy.Select(name => dialect.SortKey(Column(name).Name, Column(name).Type)));
        var condition = where is null ? "" : $" WHERE {where}";
        return $"SELECT {ColumnList()} FROM {Table}{condition} ORDER BY {order};";
    }

    /// <summary>Adds one parameter per column to <paramref name="command"/>, typed as the dialect binds the column's type;
    /// <see cref="Bind"/> sets their values for each record.</summary>
    public void Parameters(IDbCommand command, StoreDialect dialect)
    {
        foreach (var column in _columns)
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
        for (var i = 0; i < _columns.Length; i++)
        {
            var column = _columns[i];
            ((IDataParameter)command.Parameters[i]!).Value = column.Boxed(record) is { } value
                ? dialect.ToDatabase(column.Type, value)
                : DBNull.Value;
        }
    }

    /// <summary>Hands every column of <paramref name="record"/> to <paramref name="sink"/>, in the map's order, the first
    /// at index <paramref name="first"/>: no allocation, nothing boxed (the import's per-row path).</summary>
    public void Write<TSink>(TSink sink, T record, int first = 0) where TSink : IColumnSink
    {
        for (var i = 0; i < _columns.Length; i++)
        {
            _columns[i].Write(sink, first + i, record);
        }
    }

    /// <summary>The record of the current row of <paramref name="reader"/>, whose first columns are
    /// <see cref="ColumnList"/>, read as <paramref name="dialect"/> stores the columns.</summary>
    public T Read(DbDataReader reader, StoreDialect dialect) => read(new StoredRow(reader, dialect, Ordinals, Table));

    /// <summary>Runs <see cref="Upsert"/> once per record, in <paramref name="tx"/>.</summary>
    public void Save(IDbConnection connection, IDbTransaction tx, StoreDialect dialect, IEnumerable<T> records) =>
        Execute(connection, tx, dialect, Upsert(dialect), records);

    /// <summary>Runs <paramref name="sql"/> (<see cref="Upsert"/>, <see cref="Insert"/>) once per record, in
    /// <paramref name="tx"/>, and tells how many rows it changed.</summary>
    public int Execute(IDbConnection connection, IDbTransaction tx, StoreDialect dialect, string sql, IEnumerable<T> records)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        Parameters(command, dialect);
        var changed = 0;
        foreach (var record in records)
        {
            Bind(command, dialect, record);
            changed += command.ExecuteNonQuery();
        }
        return changed;
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
        var records = new List<T>();
        while (reader.Read())
        {
            records.Add(Read(reader, dialect));
        }
        return records;
    }
}

/// <summary>The current row of a <see cref="RecordMap{T}.Select"/>, its columns read by name as the dialect stores them
/// (a value, so that reading a row allocates nothing of its own).</summary>
internal readonly struct StoredRow(DbDataReader reader, StoreDialect dialect, IReadOnlyDictionary<string, int> ordinals, string table)
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
