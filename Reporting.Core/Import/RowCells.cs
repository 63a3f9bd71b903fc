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

    private List<(int Position, bool IsError, string? Column, string Message)>? _pending;

    public void Error(ColumnSpec? column, string message)
    {
        HasErrors = true;
        Add(column, isError: true, message);
    }

    public void Warning(ColumnSpec? column, string message) => Add(column, isError: false, message);

    /// <summary>Hands this row's problems to the collector, left to right by column (whole-row problems first).</summary>
    public void Commit()
    {
        if (_pending is null)
        {
            return;
        }
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
        _pending ??= [];
        if (!_pending.Contains(problem))
        {
            _pending.Add(problem);
        }
    }

    /// <summary>The cell exactly as written (no trimming, so formula-looking text stays as is); null when absent or blank.</summary>
    public string? Text(ColumnSpec column)
    {
        if (!header.TryIndex(column, out var index))
        {
            return null;
        }
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

    public Money? Money(ColumnSpec column, bool allowNegative = false)
    {
        var text = Cell(column);
        if (text is null)
        {
            return null;
        }
        var result = CellParsers.Money(text, delimiter);
        if (Failed(column, result))
        {
            return null;
        }
        if (!allowNegative && result.Value.IsNegative)
        {
            Error(column, ImportMessages.MustNotBeNegative(text));
            return null;
        }
        return result.Value;
    }

    public int? Integer(ColumnSpec column)
    {
        var text = Cell(column);
        if (text is null)
        {
            return null;
        }
        var result = CellParsers.Integer(text, delimiter);
        if (Failed(column, result))
        {
            return null;
        }
        if (result.Value < 0)
        {
            Error(column, ImportMessages.MustNotBeNegative(text));
            return null;
        }
        return result.Value;
    }

    public DateOnly? Date(ColumnSpec column) => Cell(column) is { } t && CellParsers.Date(t) is var r && !Failed(column, r) ? r.Value : null;

    public bool? Boolean(ColumnSpec column) => Cell(column) is { } t && CellParsers.Boolean(t) is var r && !Failed(column, r) ? r.Value : null;

    public ExitReason? ExitReason(ColumnSpec column) =>
        Cell(column) is { } t && CellParsers.ExitReason(t) is var r && !Failed(column, r) ? r.Value : null;

    public Gender? Gender(ColumnSpec column) => Cell(column) is { } t && CellParsers.Gender(t) is var r && !Failed(column, r) ? r.Value : null;

    public PlacementKind? PlacementKind(ColumnSpec column) =>
        Cell(column) is { } t && CellParsers.PlacementKind(t) is var r && !Failed(column, r) ? r.Value : null;

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

    /// <summary>The trimmed cell to parse; blank gives null (an error first when the column is required).</summary>
    private string? Cell(ColumnSpec column) => column.Required ? Required(column) : Trimmed(column);

    /// <summary>Reports a failed parse on <paramref name="column"/>.</summary>
    private bool Failed<T>(ColumnSpec column, ParseResult<T> result)
    {
        if (result.Success)
        {
            return false;
        }
        Error(column, result.Error);
        return true;
    }
}
