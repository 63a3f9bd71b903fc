using System.Data;
using System.Data.Common;
using Dapper;

namespace Reporting.Core.Storage;

/// <summary>A parameter of a store query: its name (without <c>@</c>), logical type and value.</summary>
internal readonly record struct StoreArg(string Name, ColumnType Type, object Value);

/// <summary>What differs between the backends for the SQL made from the <see cref="RecordMaps"/>: placeholders, how a
/// date and a flag are stored (SQLite: ISO text <c>yyyy-MM-dd</c> and 0/1 integers; PostgreSQL: native <c>date</c> and
/// <c>boolean</c>, bound and read as <see cref="DateOnly"/> and <see cref="bool"/>), how text keys sort, and the few
/// functions whose names differ. The schemas themselves are the backends' own (<see cref="SqliteMigrations"/>,
/// <see cref="PostgresMigrations"/>).</summary>
internal abstract class StoreDialect
{
    /// <summary>ISO text dates, 0/1 flags, INTEGER numbers; text sorts by byte (BINARY).</summary>
    public static readonly StoreDialect Sqlite = new SqliteDialect();

    /// <summary>Native <c>date</c>, <c>boolean</c>, <c>integer</c> and <c>bigint</c>; text keys sort <c>COLLATE "C"</c>.</summary>
    public static readonly StoreDialect Postgres = new PostgresDialect();

    /// <summary>The ordering of budget lines in the order they were first stored (SQLite's rowid; on PostgreSQL the
    /// identity column <c>line_no</c>, which only that table has).</summary>
    public abstract string InsertionOrder { get; }

    /// <summary>The placeholder of parameter <paramref name="name"/>.</summary>
    public string Placeholder(string name) => "@" + name;

    /// <summary>An <c>ORDER BY</c> term for <paramref name="column"/>: text in byte order on every backend, so that
    /// every listing comes out the same whatever collation the database was created with.</summary>
    public abstract string SortKey(string column, ColumnType type);

    /// <summary>The smaller of two values of the same type.</summary>
    public abstract string Least(string a, string b);

    /// <summary>The parameter type a value of <paramref name="type"/> is bound as.</summary>
    public abstract DbType DbTypeOf(ColumnType type);

    /// <summary>The SQL type a column of <paramref name="type"/> is declared as (the schema scripts, staging tables).</summary>
    public abstract string SqlType(ColumnType type);

    /// <summary>The value bound for a non-null domain value of <paramref name="type"/>.</summary>
    public abstract object ToDatabase(ColumnType type, object value);

    public abstract DateOnly ReadDate(DbDataReader reader, int ordinal);

    public abstract bool ReadFlag(DbDataReader reader, int ordinal);

    public abstract int ReadInt(DbDataReader reader, int ordinal);

    /// <summary>Adds <paramref name="arg"/> to <paramref name="command"/>, typed and converted as this backend binds it.</summary>
    public void Add(IDbCommand command, StoreArg arg)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = Placeholder(arg.Name);
        parameter.DbType = DbTypeOf(arg.Type);
        parameter.Value = ToDatabase(arg.Type, arg.Value);
        command.Parameters.Add(parameter);
    }

    /// <summary><paramref name="args"/> as Dapper parameters, typed and converted as this backend binds them.</summary>
    public DynamicParameters Dapper(params StoreArg[] args)
    {
        var parameters = new DynamicParameters();
        foreach (var arg in args)
        {
            parameters.Add(arg.Name, ToDatabase(arg.Type, arg.Value), DbTypeOf(arg.Type));
        }
        return parameters;
    }

    /// <summary>The dates in the first column of <paramref name="sql"/>'s rows, read as this backend stores dates.</summary>
    public List<DateOnly> Dates(IDbConnection connection, IDbTransaction tx, string sql, params StoreArg[] args)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var arg in args)
        {
            Add(command, arg);
        }
        using var reader = (DbDataReader)command.ExecuteReader();
        var dates = new List<DateOnly>();
        while (reader.Read())
        {
            dates.Add(ReadDate(reader, 0));
        }
        return dates;
    }

    private sealed class SqliteDialect : StoreDialect
    {
        public override string InsertionOrder => "rowid";

        public override string SortKey(string column, ColumnType type) => column;

        public override string Least(string a, string b) => $"MIN({a}, {b})";

        public override DbType DbTypeOf(ColumnType type) => type switch
        {
            ColumnType.Text or ColumnType.Date => DbType.String,
            _ => DbType.Int64,
        };

        public override string SqlType(ColumnType type) => type == ColumnType.Text || type == ColumnType.Date ? "TEXT" : "INTEGER";

        public override object ToDatabase(ColumnType type, object value) => type switch
        {
            ColumnType.Date => Rows.Date((DateOnly)value),
            ColumnType.Flag => Rows.Flag((bool)value),
            ColumnType.Int => (long)(int)value,
            _ => value,
        };

        public override DateOnly ReadDate(DbDataReader reader, int ordinal) => Rows.Date(reader.GetString(ordinal));

        public override bool ReadFlag(DbDataReader reader, int ordinal) => reader.GetInt64(ordinal) != 0;

        public override int ReadInt(DbDataReader reader, int ordinal) => checked((int)reader.GetInt64(ordinal));
    }

    private sealed class PostgresDialect : StoreDialect
    {
        public override string InsertionOrder => "line_no";

        public override string SortKey(string column, ColumnType type) =>
            type == ColumnType.Text ? $"{column} COLLATE \"C\"" : column;

        public override string Least(string a, string b) => $"LEAST({a}, {b})";

        public override DbType DbTypeOf(ColumnType type) => type switch
        {
            ColumnType.Text => DbType.String,
            ColumnType.Date => DbType.Date,
            ColumnType.Flag => DbType.Boolean,
            ColumnType.Int => DbType.Int32,
            _ => DbType.Int64,
        };

        public override string SqlType(ColumnType type) => type switch
        {
            ColumnType.Text => "TEXT",
            ColumnType.Date => "DATE",
            ColumnType.Flag => "BOOLEAN",
            ColumnType.Int => "INTEGER",
            _ => "BIGINT",
        };

        public override object ToDatabase(ColumnType type, object value) => value;

        public override DateOnly ReadDate(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateOnly>(ordinal);

        public override bool ReadFlag(DbDataReader reader, int ordinal) => reader.GetBoolean(ordinal);

        public override int ReadInt(DbDataReader reader, int ordinal) => reader.GetInt32(ordinal);
    }
}
