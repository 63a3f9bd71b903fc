namespace Reporting.Core.Import;

/// <summary>Which header cell holds which column of a record kind.</summary>
internal sealed class HeaderMap
{
    /// <summary>The bound columns: a kind has about ten, so a row's lookups compare references down this array
    /// instead of hashing (the schema's specs are single instances).</summary>
    private readonly (ColumnSpec Spec, int Index, string Text)[] _columns;

    private HeaderMap(Dictionary<ColumnSpec, (int Index, string Text)> columns, int width, bool complete, IReadOnlyList<ColumnSpec> missing)
    {
        _columns = columns.Select(c => (c.Key, c.Value.Index, c.Value.Text)).ToArray();
        Width = width;
        IsComplete = complete;
        MissingRequired = missing;
    }

    /// <summary>Required columns (not keys) the file does not have: its rows can only change stored records.</summary>
    public IReadOnlyList<ColumnSpec> MissingRequired { get; }

    /// <summary>Number of header cells.</summary>
    public int Width { get; }

    /// <summary>False when a key column is missing or a column is named twice: the rows cannot be checked.</summary>
    public bool IsComplete { get; }

    public bool Has(ColumnSpec column) => Find(column) >= 0;

    /// <summary>The index of <paramref name="column"/>'s cell, or false when the file does not have it.</summary>
    public bool TryIndex(ColumnSpec column, out int index)
    {
        var at = Find(column);
        index = at >= 0 ? _columns[at].Index : 0;
        return at >= 0;
    }

    public int IndexOf(ColumnSpec column) => Bound(column).Index;

    /// <summary>The header text as written in the file (trimmed).</summary>
    public string HeaderText(ColumnSpec column) => Bound(column).Text;

    private int Find(ColumnSpec column)
    {
        for (var i = 0; i < _columns.Length; i++)
        {
            if (ReferenceEquals(_columns[i].Spec, column))
            {
                return i;
            }
        }
        return -1;
    }

    private (ColumnSpec Spec, int Index, string Text) Bound(ColumnSpec column) =>
        Find(column) is var at and >= 0 ? _columns[at] : throw new KeyNotFoundException($"the file has no column {column.English}");

    /// <summary>Binds the header cells; unknown columns are warnings, but one that looks like a column of the kind
    /// (<see cref="ColumnLookalike"/>), a missing key column or a repeated column is an error on the header line. Other required columns may be missing: such a file corrects stored records.</summary>
    public static HeaderMap Bind(CsvRecord header, IReadOnlyList<ColumnSpec> columns, IReadOnlyList<ColumnSpec> keys, string file,
        ImportProblems problems)
    {
        // The specs are the schema's instances: compared by reference, a lookup per cell hashes no strings.
        var bound = new Dictionary<ColumnSpec, (int Index, string Text)>(ReferenceEqualityComparer.Instance);
        var complete = true;
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var text = ImportMessages.Id(header.Fields[i].Trim());
            if (text.Length == 0)
            {
                continue;
            }
            var spec = columns.FirstOrDefault(c => c.Matches(text));
            if (spec is null && PersonalData.Kind(text) is { } personal)
            {
                problems.Error(file, header.Line, text, PersonalData.ColumnMessage(personal));
                complete = false;
            }
            else if (spec is null && ColumnLookalike.Find(text, columns) is var (meant, name))
            {
                var other = name == meant.German ? meant.English : meant.German;
                problems.Error(file, header.Line, text, ImportMessages.LooksLikeColumn(text, name, other));
                complete = false;
            }
            else if (spec is null)
            {
                problems.Warning(file, header.Line, text, ImportMessages.UnknownColumn);
            }
            else if (bound.TryGetValue(spec, out var first))
            {
                problems.Error(file, header.Line, text, ImportMessages.DuplicateColumn(first.Text));
                complete = false;
            }
            else
            {
                bound[spec] = (i, text);
            }
        }
        foreach (var missing in keys.Where(c => !bound.ContainsKey(c)))
        {
            problems.Error(file, header.Line, null, ImportMessages.MissingColumn(missing));
            complete = false;
        }
        var absent = columns.Where(c => c.Required && !keys.Contains(c) && !bound.ContainsKey(c)).ToList();
        return new HeaderMap(bound, header.Fields.Count, complete, absent);
    }
}
