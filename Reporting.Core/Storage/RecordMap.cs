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
/// <remarks>The value is kept as a delegate of the type's domain type, so that <see cref="Write{TSink}"/> hands it on
/// unboxed; <see cref="Value"/> boxes it for parameters that take objects.</remarks>
internal sealed class StoreColumn<T>
{
    private readonly Func<T, string?>? _text;
    private readonly Func<T, DateOnly?>? _date;
    private readonly Func<T, bool?>? _flag;
    private readonly Func<T, int?>? _int;
    private readonly Func<T, long>? _long;

    private StoreColumn(string name, ColumnType type, bool key, bool keyMayBeNull, Func<T, string?>? text = null,
        Func<T, DateOnly?>? date = null, Func<T, bool?>? flag = null, Func<T, int?>? integer = null, Func<T, long>? @long = null)
    {
        Name = name;
        Type = type;
        Key = key;
        KeyMayBeNull = keyMayBeNull;
        _text = text;
        _date = date;
        _flag = flag;
        _int = integer;
        _long = @long;
    }

    public string Name { get; }

    public ColumnType Type { get; }

    /// <summary>Part of the record's key: an upsert finds the stored record by it and never updates it.</summary>
    public bool Key { get; }

    /// <summary>A key part that may be NULL (a budget line's year): compared with <c>IS</c>, matched as 0 by the unique
    /// index of schema script 3.</summary>
    public bool KeyMayBeNull { get; }

    public static StoreColumn<T> Text(string name, Func<T, string?> value, bool key) => new(name, ColumnType.Text, key, false, text: value);

    public static StoreColumn<T> Date(string name, Func<T, DateOnly?> value, bool key) => new(name, ColumnType.Date, key, false, date: value);

    public static StoreColumn<T> Flag(string name, Func<T, bool?> value) => new(name, ColumnType.Flag, false, false, flag: value);

    public static StoreColumn<T> Int(string name, Func<T, int?> value, bool key, bool keyMayBeNull) =>
        new(name, ColumnType.Int, key, keyMayBeNull, integer: value);

    public static StoreColumn<T> Long(string name, Func<T, long> value) => new(name, ColumnType.Long, false, false, @long: value);

    /// <summary>The value of the column in <paramref name="record"/>, boxed: <see cref="string"/>, <see cref="DateOnly"/>,
    /// <see cref="bool"/>, <see cref="int"/> or <see cref="long"/> as <see cref="Type"/> says, or null.</summary>
    public object? Value(T record) => Type switch
    {
        ColumnType.Text => _text!(record),
        ColumnType.Date => _date!(record),
        ColumnType.Flag => _flag!(record),
        ColumnType.Int => _int!(record),
        _ => _long!(record),
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

    public StoreColumn<T> Text(string name, Func<T, string?> value, bool key = false) => StoreColumn<T>.Text(name, value, key);

    public StoreColumn<T> Date(string name, Func<T, DateOnly?> value, bool key = false) => StoreColumn<T>.Date(name, value, key);

    public StoreColumn<T> Flag(string name, Func<T, bool?> value) => StoreColumn<T>.Flag(name, value);

    public StoreColumn<T> Int(string name, Func<T, int?> value) => StoreColumn<T>.Int(name, value, key: false, keyMayBeNull: false);

    /// <summary>A key part that may be NULL (<see cref="StoreColumn{T}.KeyMayBeNull"/>).</summary>
    public StoreColumn<T> NullableKey(string name, Func<T, int?> value) => StoreColumn<T>.Int(name, value, key: true, keyMayBeNull: true);

    public StoreColumn<T> Long(string name, Func<T, long> value) => StoreColumn<T>.Long(name, value);

    /// <summary>Money, stored as cents (<see cref="Domain.Money.ToCents"/>).</summary>
    public StoreColumn<T> Cents(string name, Func<T, Domain.Money> value) => StoreColumn<T>.Long(name, r => value(r).ToCents());

    /// <summary>The <c>project_id</c> every record table's key starts with.</summary>
    public StoreColumn<T> Project(Func<T, Domain.ProjectId> value) => Text("project_id", r => value(r).Value, key: true);
}

/// <summary>The columns of one record kind's table and how a row of them becomes the domain record again. The upsert
/// and the SELECT of both backends are made from it (<see cref="Upsert"/>, <see cref="Select"/>), and so are the
/// import sessions' prepared statements and COPY rows (<see cref="SqliteTable{T}"/>, <see cref="PostgresTable{T}"/>);
/// the backend's <see cref="StoreDialect"/> decides placeholders, how a date and a flag are bound and read, and how
/// text sorts.</summary>
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
    private readonly StoreColumn<T>[] _columns = [.. columns(ColumnsOf<T>.Factory)];

    public string Table { get; } = table;

    public IReadOnlyList<StoreColumn<T>> Columns => _columns;

    /// <summary>The key columns, in the map's order (they come first).</summary>
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
        var target = conflictTarget ?? string.Join(", ", KeyColumns.Select(c => c.Name));
        var updates = string.Join(", ", ValueColumns.Select(c => c.Name).Concat(alsoSet).Select(name => $"{name} = excluded.{name}"));
        return $"ON CONFLICT ({target}) DO UPDATE SET {updates}";
    }

    /// <summary><c>INSERT ... ON CONFLICT (key) DO UPDATE SET</c> every other column; one parameter per column,
    /// named as the column (<see cref="Parameters"/>).</summary>
    public string Upsert(StoreDialect dialect)
    {
        var values = string.Join(", ", _columns.Select(c => dialect.Placeholder(c.Name)));
        return $"INSERT INTO {Table} ({ColumnList()}) VALUES ({values}) {OnConflictUpdate()};";
    }

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
            ((IDataParameter)command.Parameters[i]!).Value = column.Value(record) is { } value
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
