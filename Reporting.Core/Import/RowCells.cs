using Reporting.Core.Domain;

namespace Reporting.Core.Import;

/// <summary>Typed access to the cells of one record; every failure is reported with file, line and column.</summary>
internal sealed class RowCells(string file, CsvRecord record, HeaderMap header, char delimiter, ImportProblems problems)
{
    /// <summary>Whether any error was reported for this row.</summary>
    public bool HasErrors { get; private set; }

    public int Line => record.Line;

    public string File => file;

    /// <summary>The header text of <paramref name="column"/> as written in the file.</summary>
    public string Header(ColumnSpec column) => header.HeaderText(column);

    /// <summary>Whether the file has <paramref name="column"/> (its value then replaces a stored one, even when blank).</summary>
    public bool HasColumn(ColumnSpec column) => header.Has(column);

    /// <summary>Whether the file has every required column, so that its rows may add records.</summary>
    public bool HasAllRequired => header.MissingRequired.Count == 0;

    /// <summary>The required columns the file lacks.</summary>
    public IReadOnlyList<ColumnSpec> MissingRequired => header.MissingRequired;

    private readonly List<(int Position, bool IsError, string? Column, string Message)> _pending = [];

    public void Error(ColumnSpec? column, string message)
    {
        HasErrors = true;
        Add(column, isError: true, message);
    }

    public void Warning(ColumnSpec? column, string message) => Add(column, isError: false, message);

    /// <summary>Hands this row's problems to the collector, left to right by column (whole-row problems first).</summary>
    public void Commit()
    {
        foreach (var (_, isError, column, message) in _pending.OrderBy(p => p.Position))
        {
            if (isError)
            {
                problems.Error(file, record.Line, column, message);
            }
            else
            {
                problems.Warning(file, record.Line, column, message);
            }
        }
        _pending.Clear();
    }

    /// <summary>Adds a problem once; a column the file lacks (a stored value that fails a check) sorts last, by its German name.</summary>
    private void Add(ColumnSpec? column, bool isError, string message)
    {
        var problem = column is null
            ? (-1, isError, null, message)
            : header.Has(column)
                ? (header.IndexOf(column), isError, header.HeaderText(column), message)
                : (int.MaxValue, isError, column.German, message);
        if (!_pending.Contains(problem))
        {
            _pending.Add(problem);
        }
    }

    /// <summary>The cell exactly as written (no trimming, so formula-looking text stays as is); null when absent or blank.</summary>
    public string? Text(ColumnSpec column)
    {
        if (!header.Has(column))
        {
            return null;
        }
        var index = header.IndexOf(column);
        var value = index < record.Fields.Count ? record.Fields[index] : "";
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    /// <summary>The cell trimmed of surrounding white space (for keys and values that are parsed).</summary>
    public string? Trimmed(ColumnSpec column) => Text(column)?.Trim();

    /// <summary>A trimmed key or other required text; reports "a value is required" when blank (not when the file lacks
    /// the column: its rows then keep the stored value).</summary>
    public string? Required(ColumnSpec column)
    {
        var value = Trimmed(column);
        if (value is null && header.Has(column))
        {
            Error(column, ImportMessages.Required);
        }
        return value;
    }

    public Money? Money(ColumnSpec column, bool allowNegative = false) =>
        Parse(column, t => CellParsers.Money(t, delimiter), (m, t) =>
            !allowNegative && m.IsNegative ? ImportMessages.MustNotBeNegative(t) : null);

    public int? Integer(ColumnSpec column) =>
        Parse(column, t => CellParsers.Integer(t, delimiter), (n, t) => n < 0 ? ImportMessages.MustNotBeNegative(t) : null);

    public DateOnly? Date(ColumnSpec column) => Parse(column, CellParsers.Date);

    public bool? Boolean(ColumnSpec column) => Parse(column, CellParsers.Boolean);

    public ExitReason? ExitReason(ColumnSpec column) => Parse(column, CellParsers.ExitReason);

    public Gender? Gender(ColumnSpec column) => Parse(column, CellParsers.Gender);

    public PlacementKind? PlacementKind(ColumnSpec column) => Parse(column, CellParsers.PlacementKind);

    public IReadOnlySet<PlacementKind>? PlacementKinds(ColumnSpec column)
    {
        var text = Trimmed(column);
        if (text is null)
        {
            return null;
        }
        var result = CellParsers.PlacementKinds(text);
        if (!result.Success)
        {
            Error(column, result.Error);
            return null;
        }
        return result.Value;
    }

    /// <summary>Parses the trimmed cell; blank gives null (an error first when the column is required).</summary>
    private T? Parse<T>(ColumnSpec column, Func<string, ParseResult<T>> parse, Func<T, string, string?>? check = null)
        where T : struct
    {
        var text = column.Required ? Required(column) : Trimmed(column);
        if (text is null)
        {
            return null;
        }
        var result = parse(text);
        if (!result.Success)
        {
            Error(column, result.Error);
            return null;
        }
        var problem = check?.Invoke(result.Value, text);
        if (problem is not null)
        {
            Error(column, problem);
            return null;
        }
        return result.Value;
    }
}
