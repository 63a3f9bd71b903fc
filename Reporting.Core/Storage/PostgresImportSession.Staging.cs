using Npgsql;
using NpgsqlTypes;

namespace Reporting.Core.Storage;

/// <summary>How the session writes. The session knows of every row whether its key is new (it reads a project's
/// records before it writes to them), so a file's new records are copied with binary COPY straight into their record
/// table while the file is read: the server stores them on the other core as the client parses. From the first row of a
/// file that changes a stored record on, the file's rows are copied into the staging table of their kind instead and
/// merged into the record table in one statement when the import moves on to another file or kind, and before anything
/// is read from that table (a file that mixes new and changed rows would otherwise switch between two COPY streams row
/// by row). Point reads go to the records of one project, read by one range scan of the primary key and updated by
/// the session's own writes; a few projects per kind are kept, and the small tables every file looks into (programs,
/// projects, budget lines) whole.</summary>
internal sealed partial class PostgresImportSession
{
    /// <summary>How many projects' records are kept per kind (more are read again when the import returns to them).</summary>
    private const int ProjectsKept = 4;

    private interface IStaging
    {
        string Name { get; }

        bool Created { get; set; }

        string CreateStaging { get; }

        string Copy { get; }

        string CopyNew { get; }

        string Merge(long run);

        /// <summary>The projects (or "" for a whole table) with staged rows not merged yet.</summary>
        HashSet<string> Unmerged { get; }
    }

    /// <summary>The records of a table read so far, one partition per project, least recently used first out.</summary>
    /// <param name="keysOnly">For a table nothing is looked up in but a row's own key: the records of a project this
    /// import added are not kept, only the hashes of their keys (<see cref="New"/>); a key whose hash was seen, or any
    /// key of a project whose keys were let go, is looked up in the records read from the table.</param>
    /// <param name="whole">For the small tables every file looks into (programs, projects, budget lines): the whole
    /// table is read when the session begins (<see cref="Preload"/>) and kept, so that no row of a large file waits for
    /// a read (which would end the COPY in progress) and a project with no partition has no records.</param>
    private sealed class Cache<T>(PostgresTable<T> table, bool keysOnly = false, bool whole = false) : IStaging where T : class
    {
        /// <summary>True when every stored record of the table is kept (<see cref="Preload"/>).</summary>
        public bool Whole => whole;

        /// <summary>Reads every stored record of the table, one partition per project.</summary>
        public void Preload(NpgsqlConnection connection, NpgsqlTransaction tx)
        {
            using var command = new NpgsqlCommand(table.SelectAll, connection, tx);
            using var reader = command.ExecuteReader();
            var count = table.ColumnCount;
            while (reader.Read())
            {
                var record = table.Read(reader);
                var key = RecordKey.Of(record);
                var name = PartitionOf(key);
                if (!_partitions.TryGetValue(name, out var records))
                {
                    records = new Dictionary<RecordKey, Stored<T>>();
                    _partitions[name] = records;
                }
                records[key] = new Stored<T>(record, reader.GetInt64(count), reader.GetInt64(count + 1));
            }
        }

        /// <summary>The keys this import wrote into the table for the projects it added, when only keys are kept.</summary>
        public NewKeys? New { get; } = keysOnly ? new NewKeys() : null;

        private readonly Dictionary<string, Dictionary<RecordKey, Stored<T>>> _partitions = new(StringComparer.Ordinal);
        private readonly LinkedList<string> _recent = new();

        public PostgresTable<T> Table => table;

        public string Name => table.Name;

        public bool Created { get; set; }

        public string CreateStaging => table.CreateStaging;

        public string Copy => table.Copy;

        public string CopyNew => table.CopyNew;

        public string Merge(long run) => table.Merge(run);

        public HashSet<string> Unmerged { get; } = new(StringComparer.Ordinal);

        /// <summary>The projects whose records of this table have been looked at by this import.</summary>
        public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);

        public string PartitionOf(RecordKey key) => table.ByProject ? key.A : "";

        public Dictionary<RecordKey, Stored<T>>? Get(string partition)
        {
            if (!_partitions.TryGetValue(partition, out var found))
            {
                return null;
            }
            if (!whole && _recent.First?.Value != partition)
            {
                _recent.Remove(partition);
                _recent.AddFirst(partition);
            }
            return found;
        }

        public void Put(string partition, Dictionary<RecordKey, Stored<T>> records)
        {
            _partitions[partition] = records;
            if (whole)
            {
                return;
            }
            _recent.AddFirst(partition);
            while (_recent.Count > ProjectsKept)
            {
                _partitions.Remove(_recent.Last!.Value);
                _recent.RemoveLast();
            }
        }
    }

    private PostgresCopyWriter? _copy;
    private IStaging? _copyTable;
    private bool _copyNew;
    private IStaging? _pending;
    private int _pendingFile;
    private IStaging? _stagingTable;
    private int _stagingFile = -1;

    /// <summary>The records of the project (or table) <paramref name="key"/> belongs to, read when not kept.</summary>
    private Dictionary<RecordKey, Stored<T>> Partition<T>(Cache<T> cache, RecordKey key) where T : class
    {
        var name = cache.PartitionOf(key);
        if (cache.Get(name) is { } kept)
        {
            return kept;
        }
        if (cache.Whole)
        {
            // Every stored record of the table was read when the session began, and the session's writes are kept.
            var none = new Dictionary<RecordKey, Stored<T>>();
            cache.Put(name, none);
            return none;
        }
        if (cache.New is { } keys)
        {
            // The records written so far are in the table (copied, or staged and merged below): read, they are kept
            // and updated by the session's writes, so the project's keys need not be.
            keys.LetGo(name);
        }
        else if (cache.Seen.Add(name) && cache.Table.ByProject && _newProjects.Contains(name))
        {
            // A project this import added has no stored records yet: nothing to read, and the COPY in progress goes on.
            var none = new Dictionary<RecordKey, Stored<T>>();
            cache.Put(name, none);
            return none;
        }
        if (cache.Unmerged.Contains(name))
        {
            MergePending();
        }
        EndCopy();
        var records = new Dictionary<RecordKey, Stored<T>>();
        using (var command = new NpgsqlCommand(cache.Table.Select, _connection, _tx))
        {
            if (cache.Table.ByProject)
            {
                command.Parameters.Add(new NpgsqlParameter("ProjectId", NpgsqlDbType.Text) { Value = name });
            }
            using var reader = command.ExecuteReader();
            var count = cache.Table.ColumnCount;
            while (reader.Read())
            {
                var record = cache.Table.Read(reader);
                records[RecordKey.Of(record)] = new Stored<T>(record, reader.GetInt64(count), reader.GetInt64(count + 1));
            }
        }
        cache.Put(name, records);
        return records;
    }

    /// <summary>Copies a record's final values into its record table (a new record of a file that has changed nothing
    /// yet) or into its staging table; a staged row of another file or kind first merges what is staged.</summary>
    private void Stage<T>(Cache<T> cache, RecordKey key, T record, long source, bool added) where T : class
    {
        var file = ImportSource.File(source);
        if (_pending is { } pending && (!ReferenceEquals(pending, cache) || _pendingFile != file))
        {
            MergePending();
        }
        var staging = !added || (ReferenceEquals(_stagingTable, cache) && _stagingFile == file);
        if (staging)
        {
            _stagingTable = cache;
            _stagingFile = file;
        }
        if (_copy is not null && (!ReferenceEquals(_copyTable, cache) || _copyNew == staging))
        {
            EndCopy();
        }
        if (_copy is null)
        {
            if (staging && !cache.Created)
            {
                Execute(cache.CreateStaging);
                cache.Created = true;
            }
            _copy = new PostgresCopyWriter(_connection, staging ? cache.Copy : cache.CopyNew);
            _copyTable = cache;
            _copyNew = !staging;
        }
        if (staging)
        {
            _pending = cache;
            _pendingFile = file;
            cache.Unmerged.Add(cache.PartitionOf(key));
        }
        var columns = cache.Table.ColumnCount;
        _copy.StartRow(columns + 2);
        cache.Table.Write(_copy, record);
        if (staging)
        {
            _copy.Long(columns, source);
            _copy.Flag(columns + 1, added);
        }
        else
        {
            _copy.Long(columns, Run);
            _copy.Long(columns + 1, source);
        }
    }

    /// <summary>Ends the COPY in progress, so that the connection can run other statements.</summary>
    private void EndCopy()
    {
        if (_copy is { } copy)
        {
            _copy = null;
            _copyTable = null;
            copy.Complete();
            copy.Dispose();
        }
    }

    /// <summary>Merges the staged rows into their record table (one statement) and empties the staging table.</summary>
    private void MergePending()
    {
        EndCopy();
        if (_pending is { } pending)
        {
            _pending = null;
            Execute(pending.Merge(Run));
            pending.Unmerged.Clear();
        }
    }

    private void Execute(string sql)
    {
        using var command = new NpgsqlCommand(sql, _connection, _tx);
        command.ExecuteNonQuery();
    }
}
