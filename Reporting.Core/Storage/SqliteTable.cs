using Microsoft.Data.Sqlite;

namespace Reporting.Core.Storage;

/// <summary>The prepared statements of one record table for an import session: insert (or nothing on a key conflict),
/// point read with provenance, update and provenance-only update. The writes are <see cref="SqliteStatement"/>s bound
/// with typed values per row (nothing boxed, no array per row); the run is bound once.</summary>
internal sealed class SqliteTable<T> : IDisposable where T : class
{
    private readonly SqliteStatement _insert;
    private readonly SqliteCommand _select;
    private readonly SqliteStatement _update;
    private readonly SqliteStatement _touch;
    private readonly Action<SqliteStatement, T> _bind;
    private readonly Func<RecordKey, object?[]> _key;
    private readonly Func<RecordKey, SqliteDataReader, T> _read;
    private readonly int _keyCount;
    private readonly int _columnCount;

    /// <param name="columns">Key columns first (<paramref name="keyCount"/> of them), then the value columns.</param>
    /// <param name="bind">Binds a record's column values to parameters 1 to n in the order of <paramref name="columns"/>.</param>
    /// <param name="key">A key's column values.</param>
    /// <param name="read">A record from its key and a reader positioned on its value columns (ordinal 0 = first value column).</param>
    /// <param name="nullableKey">A key column that may be NULL (compared with <c>IS</c>), or null.</param>
    public SqliteTable(SqliteConnection connection, SqliteTransaction tx, string table, string[] columns, int keyCount,
        Action<SqliteStatement, T> bind, Func<RecordKey, object?[]> key, Func<RecordKey, SqliteDataReader, T> read, long run,
        string? nullableKey = null)
    {
        string Equal(string column, string parameter) => column == nullableKey ? $"{column} IS {parameter}" : $"{column} = {parameter}";
        _bind = bind;
        _key = key;
        _read = read;
        _keyCount = keyCount;
        _columnCount = columns.Length;
        var n = columns.Length;
        var keys = columns[..keyCount];
        var data = columns[keyCount..];
        var where = string.Join(" AND ", keys.Select((c, i) => Equal(c, $"?{i + 1}")));
        _insert = Statement(connection,
            $"INSERT INTO {table} ({string.Join(", ", columns)}, import_run, import_source) VALUES "
            + $"({string.Join(", ", columns.Select((_, i) => $"?{i + 1}"))}, ?{n + 1}, ?{n + 2}) ON CONFLICT DO NOTHING;",
            n, run);
        _update = Statement(connection,
            $"UPDATE {table} SET {string.Join(", ", data.Select((c, i) => $"{c} = ?{i + keyCount + 1}"))}, import_run = ?{n + 1}, "
            + $"import_source = ?{n + 2} WHERE {where};",
            n, run);
        _touch = Statement(connection,
            $"UPDATE {table} SET import_run = ?{keyCount + 1}, import_source = ?{keyCount + 2} WHERE {where};",
            keyCount, run);
        _select = connection.CreateCommand();
        _select.Transaction = tx;
        _select.CommandText = $"SELECT {string.Join(", ", data)}, import_run, import_source FROM {table} "
            + $"WHERE {string.Join(" AND ", keys.Select((c, i) => Equal(c, $"$k{i}")))};";
        for (var i = 0; i < keyCount; i++)
        {
            _select.Parameters.Add(new SqliteParameter($"$k{i}", DBNull.Value));
        }
        _select.Prepare();
    }

    public bool TryAdd(T record, long source)
    {
        _bind(_insert, record);
        _insert.Integer(_columnCount + 2, source);
        return _insert.Execute() == 1;
    }

    public Stored<T>? Find(RecordKey key)
    {
        var values = _key(key);
        for (var i = 0; i < values.Length; i++)
        {
            _select.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
        using var reader = _select.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }
        var count = reader.FieldCount;
        return new Stored<T>(_read(key, reader), reader.GetInt64(count - 2), reader.GetInt64(count - 1));
    }

    public void Update(T after, long source)
    {
        _bind(_update, after);
        _update.Integer(_columnCount + 2, source);
        _update.Execute();
    }

    public void Touch(RecordKey key, long source)
    {
        string?[] parts = [key.A, key.B, key.C, key.D];
        for (var i = 0; i < _keyCount; i++)
        {
            _touch.Text(i + 1, parts[i]);
        }
        _touch.Integer(_keyCount + 2, source);
        _touch.Execute();
    }

    /// <summary>A write statement whose run parameter (after the <paramref name="bound"/> column parameters) is set once.</summary>
    private static SqliteStatement Statement(SqliteConnection connection, string sql, int bound, long run)
    {
        var statement = new SqliteStatement(connection, sql);
        statement.Integer(bound + 1, run);
        return statement;
    }

    public void Dispose()
    {
        _insert.Dispose();
        _select.Dispose();
        _update.Dispose();
        _touch.Dispose();
    }

    /// <summary>Number of key columns (for callers that build key values).</summary>
    public int KeyCount => _keyCount;
}
