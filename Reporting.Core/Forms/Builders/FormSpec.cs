namespace Reporting.Core.Forms.Builders;

/// <summary>Declares a form's fields, tables and charts together with how each is read from the figures,
/// so that the catalog templates are checked against and the values filled in can never drift apart.</summary>
internal sealed class FormSpec<T>
{
    private readonly IReadOnlyList<FieldSpec<T>> _fields;
    private readonly IReadOnlyList<TableSpec<T>> _tables;
    private readonly IReadOnlyList<ChartSpec<T>> _charts;

    public FormSpec(string form, IReadOnlyList<FieldSpec<T>> fields, IReadOnlyList<TableSpec<T>> tables, IReadOnlyList<ChartSpec<T>> charts)
    {
        _fields = fields;
        _tables = tables;
        _charts = charts;
        Catalog = new FormCatalog(
            form,
            fields.Select(f => new FieldDef(f.Name, f.Kind, f.Label)).ToList(),
            tables.Select(t => new TableDef(t.Name, t.Title, t.Columns, t.IsList, t.OmitWhenEmpty)).ToList(),
            charts.Select(c => new ChartDef(c.Name, c.Title)).ToList());
    }

    public FormCatalog Catalog { get; }

    /// <summary>Reads every declared value from <paramref name="source"/>. Tables stay lazy; charts are built on demand
    /// only when a template names them.</summary>
    public FormData Evaluate(T source, IReadOnlySet<string>? chartsWanted = null) => new(
        _fields.ToDictionary(f => f.Name, f => Checked(f, f.Get(source))),
        _tables.ToDictionary(t => t.Name, t => t.Rows(source)),
        _charts.Where(c => chartsWanted is null || chartsWanted.Contains(c.Name)).ToDictionary(c => c.Name, c => c.Build(source)));

    private static FormValue Checked(FieldSpec<T> f, FormValue v) =>
        v.Kind == f.Kind ? v : throw new InvalidOperationException($"field {f.Name} declared {f.Kind} but produced {v.Kind}");
}

internal sealed record FieldSpec<T>(string Name, ValueKind Kind, string Label, Func<T, FormValue> Get);

internal sealed record TableSpec<T>(string Name, string Title, IReadOnlyList<ColumnDef> Columns, Func<T, IEnumerable<FormRow>> Rows,
    bool IsList = false, bool OmitWhenEmpty = false);

internal sealed record ChartSpec<T>(string Name, string Title, Func<T, ChartBlock> Build);

/// <summary>Short constructors so that form declarations read like the form.</summary>
internal static class Spec
{
    public static FieldSpec<T> Text<T>(string name, string label, Func<T, string?> get) => new(name, ValueKind.Text, label, s => FormValue.Of(get(s)));
    public static FieldSpec<T> Count<T>(string name, string label, Func<T, int?> get) => new(name, ValueKind.Count, label, s => FormValue.Of(get(s)));
    public static FieldSpec<T> Count<T>(string name, string label, Func<T, long?> get) => new(name, ValueKind.Count, label, s => FormValue.Of(get(s)));
    public static FieldSpec<T> Euro<T>(string name, string label, Func<T, Domain.Money?> get) => new(name, ValueKind.Euro, label, s => FormValue.Of(get(s)));
    public static FieldSpec<T> Percent<T>(string name, string label, Func<T, decimal?> get) => new(name, ValueKind.Percent, label, s => FormValue.Percent(get(s)));
    public static FieldSpec<T> Number<T>(string name, string label, Func<T, decimal?> get) => new(name, ValueKind.Number, label, s => FormValue.Quantity(get(s)));
    public static FieldSpec<T> Date<T>(string name, string label, Func<T, DateOnly?> get) => new(name, ValueKind.Date, label, s => FormValue.Of(get(s)));
    public static FieldSpec<T> Flag<T>(string name, string label, Func<T, bool?> get) => new(name, ValueKind.Flag, label, s => FormValue.Flag(get(s)));

    public static ColumnDef Col(string key, ValueKind kind, string label, double width = 0) => new(key, kind, label, width);

    public static FormRow Row(params FormValue[] cells) => new(cells);
    public static FormRow Total(params FormValue[] cells) => new(cells, RowRole.Total);
    public static FormRow Subtotal(params FormValue[] cells) => new(cells, RowRole.Subtotal);
}
