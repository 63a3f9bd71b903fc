using Microsoft.Data.Sqlite;

namespace Reporting.Core.Storage;

/// <summary>The prepared statements of one record table for an import session: insert (or nothing on a key conflict),
/// point read with provenance, update and provenance-only update. Parameters are created once and reused per row.</summary>
internal sealed class SqliteTable<T> : IDisposable where T : class
{
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _select;
    private readonly SqliteCommand _update;
    private readonly SqliteCommand _touch;
    private readonly Func<T, object?[]> _values;
    private readonly Func<RecordKey, object?[]> _key;
    private readonly Func<RecordKey, SqliteDataReader, T> _read;
    private readonly int _keyCount;

    /// <param name="columns">Key columns first (<paramref name="keyCount"/> of them), then the value columns.</param>
    /// <param name="values">A record's column values in the order of <paramref name="columns"/>.</param>
    /// <param name="key">A key's column values.</param>
    /// <param name="read">A record from its key and a reader positioned on its value columns (ordinal 0 = first value column).</param>
    /// <param name="nullableKey">A key column that may be NULL (compared with <c>IS</c>), or null.</param>
    public SqliteTable(SqliteConnection connection, SqliteTransaction tx, string table, string[] columns, int keyCount,
        Func<T, object?[]> values, Func<RecordKey, object?[]> key, Func<RecordKey, SqliteDataReader, T> read, long run,
        string? nullableKey = null)
    {
        string Equal(string column, string parameter) => column == nullableKey ? $"{column} IS {parameter}" : $"{column} = {parameter}";
        _values = values;
        _key = key;
        _read = read;
        _keyCount = keyCount;
        var keys = columns[..keyCount];
        var data = columns[keyCount..];
        var where = string.Join(" AND ", keys.Select((c, i) => Equal(c, $"$k{i}")));
        _insert = Command(connection, tx,
            $"INSERT INTO {table} ({string.Join(", ", columns)}, import_run, import_source) VALUES "
            + $"({string.Join(", ", columns.Select((_, i) => $"$c{i}"))}, $run, $source) ON CONFLICT DO NOTHING;",
            columns.Select((_, i) => $"$c{i}"), run);
        _select = Command(connection, tx,
            $"SELECT {string.Join(", ", data)}, import_run, import_source FROM {table} WHERE {where};",
            keys.Select((_, i) => $"$k{i}"), run: null);
        _update = Command(connection, tx,
            $"UPDATE {table} SET {string.Join(", ", data.Select((c, i) => $"{c} = $c{i + keyCount}"))}, import_run = $run, "
            + $"import_source = $source WHERE {string.Join(" AND ", keys.Select((c, i) => Equal(c, $"$c{i}")))};",
            columns.Select((_, i) => $"$c{i}"), run);
        _touch = Command(connection, tx,
            $"UPDATE {table} SET import_run = $run, import_source = $source WHERE {where};",
            keys.Select((_, i) => $"$k{i}"), run);
    }

    public bool TryAdd(T record, long source) => Execute(_insert, _values(record), source) == 1;

    public Stored<T>? Find(RecordKey key)
    {
        Bind(_select, _key(key));
        using var reader = _select.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }
        var count = reader.FieldCount;
        return new Stored<T>(_read(key, reader), reader.GetInt64(count - 2), reader.GetInt64(count - 1));
    }

    public void Update(T after, long source) => Execute(_update, _values(after), source);

    public void Touch(RecordKey key, long source) => Execute(_touch, _key(key), source);

    private static int Execute(SqliteCommand command, object?[] values, long source)
    {
        Bind(command, values);
        command.Parameters[values.Length + 1].Value = source;
        return command.ExecuteNonQuery();
    }

    private static void Bind(SqliteCommand command, object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction tx, string sql, IEnumerable<string> names, long? run)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        }
        if (run is { } r)
        {
            command.Parameters.Add(new SqliteParameter("$run", r));
            command.Parameters.Add(new SqliteParameter("$source", 0L));
        }
        command.Prepare();
        return command;
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
