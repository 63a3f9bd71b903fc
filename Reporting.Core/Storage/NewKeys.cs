namespace Reporting.Core.Storage;

/// <summary>The keys one import wrote into one record table for the projects that had no records in it when the import
/// first wrote to them (the projects it added, and stored projects found without records there at their first row to
/// be added), so that the session can tell without asking the store that a row's key is new: such a project has no
/// records in the table but the ones this import writes. Kept per project as 64-bit hashes of the key's parts after
/// the project, for the few projects written to last (files come sorted by project); a project whose keys were let go,
/// and any key whose hash was seen before (a duplicate row, or rarely another key with the same hash), is answered by
/// the store. A stored project with records in the table is answered by the store throughout: reading its keys first
/// would make a re-import of the same file slower.</summary>
internal sealed class NewKeys
{
    /// <summary>How many projects' keys are kept (a file that returns to an earlier project is answered by the store).</summary>
    private const int ProjectsKept = 4;

    private readonly HashSet<string> _projects = new(StringComparer.Ordinal);
    private readonly HashSet<string> _letGo = new(StringComparer.Ordinal);
    private readonly List<(string Project, HashSet<ulong> Keys)> _kept = [];

    /// <summary>The project of the last key answered and its keys: rows come by project, so most keys need no lookup
    /// of their project.</summary>
    private string? _lastProject;
    private HashSet<ulong>? _lastKeys;

    private readonly HashSet<string> _looked = new(StringComparer.Ordinal);

    /// <summary>Notes a project with no records in the table but the ones this import writes (one it added, or a
    /// stored one found without records there before the import wrote any).</summary>
    public void ProjectAdded(string project)
    {
        _projects.Add(project);
        _lastStored = null;
    }

    /// <summary>True the first time a project not noted is asked about: the session then looks whether the table
    /// holds records of it, and notes it with <see cref="ProjectAdded"/> when not.</summary>
    public bool FirstLook(string project) =>
        !string.Equals(project, _lastStored, StringComparison.Ordinal) && !_projects.Contains(project) && _looked.Add(project);

    /// <summary>The last project answered "for the store" because it has stored records: the rows of a correction
    /// file come by project too.</summary>
    private string? _lastStored;

    /// <summary>Stops answering for <paramref name="project"/>: every later key of it is for the store to tell.</summary>
    public void LetGo(string project)
    {
        if (_projects.Contains(project) && _letGo.Add(project))
        {
            _kept.RemoveAll(k => string.Equals(k.Project, project, StringComparison.Ordinal));
            _lastProject = null;
            _lastKeys = null;
        }
    }

    /// <summary>True when <paramref name="key"/> is certainly not stored (and is now noted as written); false when
    /// only the store can tell.</summary>
    public bool IsNew(in RecordKey key)
    {
        if (_lastKeys is not null && string.Equals(key.A, _lastProject, StringComparison.Ordinal))
        {
            return _lastKeys.Add(Hash(key));
        }
        if (string.Equals(key.A, _lastStored, StringComparison.Ordinal))
        {
            return false;
        }
        if (!_projects.Contains(key.A) || _letGo.Contains(key.A))
        {
            _lastStored = key.A;
            return false;
        }
        var keys = Keys(key.A);
        _lastProject = key.A;
        _lastKeys = keys;
        return keys.Add(Hash(key));
    }

    private HashSet<ulong> Keys(string project)
    {
        for (var i = 0; i < _kept.Count; i++)
        {
            if (string.Equals(_kept[i].Project, project, StringComparison.Ordinal))
            {
                var found = _kept[i];
                if (i != _kept.Count - 1)
                {
                    _kept.RemoveAt(i);
                    _kept.Add(found);
                }
                return found.Keys;
            }
        }
        if (_kept.Count == ProjectsKept)
        {
            _letGo.Add(_kept[0].Project);
            _kept.RemoveAt(0);
            // Never the last project's set: that one is always at the end of the list.
        }
        var keys = new HashSet<ulong>();
        _kept.Add((project, keys));
        return keys;
    }

    /// <summary>FNV-1a (64 bits) of the key's parts after the project, each followed by a marker. Two keys with the
    /// same hash only cost a question to the store.</summary>
    internal static ulong Hash(in RecordKey key)
    {
        var hash = 14695981039346656037UL;
        hash = Add(hash, key.B);
        hash = Add(hash, key.C);
        hash = Add(hash, key.D);
        return hash;
    }

    private static ulong Add(ulong hash, string? part)
    {
        if (part is not null)
        {
            foreach (var c in part)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }
        }
        return (hash ^ 0xFFFF) * 1099511628211UL;
    }
}
