using Microsoft.Data.Sqlite;

namespace Reporting.Core.Storage;

/// <summary>The prepared statements of one record table for one import, made from its column map when the import
/// begins: insert (or nothing on a key conflict), point read with provenance, update and provenance-only update. The
/// writes are <see cref="SqliteStatement"/>s bound with typed values per row (<see cref="RecordMap{T}.Write{TSink}"/>:
/// nothing boxed, no array per row); the run is bound once.</summary>
/// <remarks>Column <c>i</c> of the map is parameter <c>?i+1</c> of every statement, then the run and the source. A key
/// is bound from its <see cref="RecordKey"/> parts, which are the key columns' stored text (an ISO date; a budget year's
/// digits, compared as the number by the column's INTEGER affinity).</remarks>
internal sealed class SqliteTable<T> : IDisposable where T : class
{
    private readonly RecordMap<T> _map;
    private readonly SqliteStatement _insert;
    private readonly SqliteCommand _select;
    private readonly SqliteConnection _connection;
    private SqliteStatement? _any;
    private readonly SqliteStatement _update;
    private readonly SqliteStatement _touch;
    private readonly int _keyCount;
    private readonly int _columnCount;

    public SqliteTable(SqliteConnection connection, SqliteTransaction tx, RecordMap<T> map, long run)
    {
        _map = map;
        var keys = map.KeyColumns;
        _keyCount = keys.Count;
        _columnCount = map.Columns.Count;
        var n = _columnCount;
        var columns = map.Columns.Select((c, i) => (Column: c, Parameter: $"?{i + 1}")).ToList();
        string Equal(StoreColumn<T> c, string parameter) => $"{c.Name} {(c.KeyMayBeNull ? "IS" : "=")} {parameter}";
        var where = string.Join(" AND ", columns.Where(p => p.Column.Key).Select(p => Equal(p.Column, p.Parameter)));
        var values = $"({string.Join(", ", columns.Select(p => p.Parameter))}, ?{n + 1}, ?{n + 2})";
        string Insert(int rows) => $"INSERT INTO {map.Table} ({map.ColumnList()}, import_run, import_source) VALUES "
            + $"{SqliteInsertQueue.Target.Values(values, n + 2, rows)} ON CONFLICT DO NOTHING;";
        _insert = Statement(connection, Insert(1), n, run);
        var many = new SqliteStatement(connection, Insert(SqliteInsertQueue.RowsPerStep));
        for (var r = 0; r < SqliteInsertQueue.RowsPerStep; r++)
        {
            many.Integer(r * (n + 2) + n + 1, run);
        }
        Inserts = new SqliteInsertQueue.Target(_insert, many, n + 2);
        _update = Statement(connection,
            $"UPDATE {map.Table} SET {string.Join(", ", columns.Where(p => !p.Column.Key).Select(p => $"{p.Column.Name} = {p.Parameter}"))}, "
            + $"import_run = ?{n + 1}, import_source = ?{n + 2} WHERE {where};",
            n, run);
        _touch = Statement(connection,
            $"UPDATE {map.Table} SET import_run = ?{_keyCount + 1}, import_source = ?{_keyCount + 2} "
            + $"WHERE {string.Join(" AND ", keys.Select((c, i) => Equal(c, $"?{i + 1}")))};",
            _keyCount, run);
        _connection = connection;
        _select = connection.CreateCommand();
        _select.Transaction = tx;
        _select.CommandText = $"SELECT {map.ColumnList()}, import_run, import_source FROM {map.Table} WHERE {string.Join(" AND ", keys.Select((c, i) => Equal(c, $"$k{i}")))};";
        for (var i = 0; i < _keyCount; i++)
        {
            _select.Parameters.Add(new SqliteParameter($"$k{i}", DBNull.Value));
        }
        _select.Prepare();
    }

    /// <summary>Whether the table holds any record of <paramref name="project"/> (one indexed probe; a table of records
    /// by project only, prepared at the first call).</summary>
    public bool HasRecordsOf(string project)
    {
        _any ??= new SqliteStatement(_connection, $"SELECT 1 FROM {_map.Table} WHERE project_id = ?1 LIMIT 1;");
        _any.Text(1, project);
        var found = _any.Step();
        _any.Reset();
        return found;
    }

    public bool TryAdd(T record, long source)
    {
        _map.Write(_insert, record, first: 1);
        _insert.Integer(_columnCount + 2, source);
        return _insert.Execute() == 1;
    }

    /// <summary>The insert statements, for rows the <see cref="SqliteInsertQueue"/> binds from their encoded values.</summary>
    public SqliteInsertQueue.Target Inserts { get; }

    /// <summary>Hands the insert's parameter values for <paramref name="record"/> to <paramref name="sink"/> (the run is
    /// bound once).</summary>
    public void Encode<TSink>(TSink sink, T record, long source) where TSink : IColumnSink
    {
        _map.Write(sink, record, first: 1);
        sink.Long(_columnCount + 2, source);
    }

    public Stored<T>? Find(RecordKey key)
    {
        for (var i = 0; i < _keyCount; i++)
        {
            _select.Parameters[i].Value = Part(key, i) ?? (object)DBNull.Value;
        }
        using var reader = _select.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }
        return new Stored<T>(_map.Read(reader, StoreDialect.Sqlite), reader.GetInt64(_columnCount), reader.GetInt64(_columnCount + 1));
    }

    public void Update(T after, long source)
    {
        _map.Write(_update, after, first: 1);
        _update.Integer(_columnCount + 2, source);
        _update.Execute();
    }

    public void Touch(RecordKey key, long source)
    {
        for (var i = 0; i < _keyCount; i++)
        {
            _touch.Text(i + 1, Part(key, i));
        }
        _touch.Integer(_keyCount + 2, source);
        _touch.Execute();
    }

    /// <summary>Key part <paramref name="i"/> of <paramref name="key"/>, in the order of the map's key columns.</summary>
    private static string? Part(RecordKey key, int i) => i switch
    {
        0 => key.A,
        1 => key.B,
        2 => key.C,
        _ => key.D,
    };

    /// <summary>A write statement whose run parameter (after the <paramref name="bound"/> column parameters) is set once.</summary>
    private static SqliteStatement Statement(SqliteConnection connection, string sql, int bound, long run)
    {
        var statement = new SqliteStatement(connection, sql);
        statement.Integer(bound + 1, run);
        return statement;
    }

    public void Dispose()
    {
        Inserts.Dispose();
        _any?.Dispose();
        _select.Dispose();
        _update.Dispose();
        _touch.Dispose();
    }
}
