namespace Reporting.Core.Forms;

/// <summary>What a form builder can supply: the fields, tables and charts a template may name.
/// Templates are validated against this declaration when they are loaded.</summary>
public sealed record FormCatalog(
    string Form,
    IReadOnlyList<FieldDef> Fields,
    IReadOnlyList<TableDef> Tables,
    IReadOnlyList<ChartDef> Charts)
{
    public FieldDef? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);
    public TableDef? Table(string name) => Tables.FirstOrDefault(t => t.Name == name);
    public ChartDef? Chart(string name) => Charts.FirstOrDefault(c => c.Name == name);
}

public sealed record FieldDef(string Name, ValueKind Kind, string Label);

public sealed record ColumnDef(string Key, ValueKind Kind, string Label, double Width = 0);

/// <param name="IsList">Long lists get their own sheet with frozen header and autofilter.</param>
/// <param name="OmitWhenEmpty">A table that only some projects have (the plan by budget year): without rows the block is
/// left out of the form, so the form of a project without it is the same as before the table existed.</param>
public sealed record TableDef(string Name, string Title, IReadOnlyList<ColumnDef> Columns, bool IsList = false, bool OmitWhenEmpty = false)
{
    public int IndexOf(string key)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Key == key)
            {
                return i;
            }
        }
        return -1;
    }
}

public sealed record ChartDef(string Name, string Title);

/// <summary>The values a builder computed for one scope and period: fields by name, table rows with cells in the
/// catalog's column order (rows may be produced lazily for long lists), charts by name.</summary>
internal sealed record FormData(
    IReadOnlyDictionary<string, FormValue> Fields,
    IReadOnlyDictionary<string, IEnumerable<FormRow>> Tables,
    IReadOnlyDictionary<string, ChartBlock> Charts);
