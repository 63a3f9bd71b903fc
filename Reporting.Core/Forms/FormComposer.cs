namespace Reporting.Core.Forms;

/// <summary>Lays a builder's <see cref="FormData"/> out as the template says. Picks and labels; never computes.</summary>
internal static class FormComposer
{
    public static FormDocument Compose(FormTemplate template, FormCatalog catalog, FormData data, FormHeader header, string? narrative)
    {
        // A section whose every block is left out (the corrections of a report that has none) is left out too.
        var sections = template.Sections
            .Where(s => s.Blocks.Count == 0 || s.Blocks.Any(b => !Omitted(b, catalog, data)))
            .Select(s => new FormSection(s.Id, s.Title, s.Sheet,
                s.Blocks.Where(b => !Omitted(b, catalog, data)).Select(b => Block(b, catalog, data, narrative)).ToList()))
            .ToList();
        return new FormDocument(header, sections, template.Footnotes);
    }

    /// <summary>A table the catalog marks <see cref="TableDef.OmitWhenEmpty"/> is left out when it has no rows.</summary>
    private static bool Omitted(BlockTemplate block, FormCatalog catalog, FormData data) =>
        block.Type == "table" && catalog.Table(block.Table!) is { OmitWhenEmpty: true } table
        && data.Tables[table.Name] is IReadOnlyCollection<FormRow> { Count: 0 };

    private static FormBlock Block(BlockTemplate block, FormCatalog catalog, FormData data, string? narrative)
    {
        switch (block.Type)
        {
            case "fields":
                return new FieldsBlock(block.Title ?? "", block.Fields!.Select(f =>
                {
                    var def = catalog.Field(f.Figure)!;
                    return new FormField(def.Name, f.Label ?? def.Label, data.Fields[def.Name]);
                }).ToList());
            case "table":
                var table = catalog.Table(block.Table!)!;
                var picks = block.Columns is { Count: > 0 } cols
                    ? cols.Select(c => (Index: table.IndexOf(c.Figure), Label: c.Label)).ToArray()
                    : table.Columns.Select((c, i) => (Index: i, Label: (string?)null)).ToArray();
                var columns = picks.Select(p =>
                {
                    var def = table.Columns[p.Index];
                    return new FormColumn(def.Key, p.Label ?? def.Label, def.Kind, def.Width);
                }).ToList();
                var identity = picks.Select((p, i) => p.Index == i).All(x => x) && picks.Length == table.Columns.Count;
                var indexes = picks.Select(p => p.Index).ToArray();
                var source = data.Tables[table.Name];
                var rows = identity ? source
                    : source is IReadOnlyList<FormRow> list ? new ProjectedRows(list, indexes)
                    : source.Select(r => ProjectedRows.Pick(r, indexes));
                return new TableBlock(block.Title ?? table.Title, table.Name, columns, rows.ToLazyList(), table.IsList);
            case "chart":
                var chart = data.Charts[block.Chart!];
                return block.Title is null ? chart : chart with { Title = block.Title };
            case "text":
                return new TextBlock(block.Title ?? "", block.Source == "narrative"
                    ? narrative ?? "(Kein Sachbericht beigefügt. Mit --narrative DATEI wird er hier eingefügt.)"
                    : block.Text!);
            case "signature":
                return new SignatureBlock(block.Title ?? "", block.Captions!);
            default:
                throw new InvalidOperationException($"block type '{block.Type}' passed validation but is unknown");
        }
    }
}

/// <summary>Rows of an indexed table with only the template's columns, picked when a row is read.</summary>
internal sealed class ProjectedRows(IReadOnlyList<FormRow> source, int[] indexes) : IReadOnlyList<FormRow>
{
    public static FormRow Pick(FormRow row, int[] indexes) => row with { Cells = indexes.Select(i => row.Cells[i]).ToArray() };

    public FormRow this[int index] => Pick(source[index], indexes);
    public int Count => source.Count;

    public IEnumerator<FormRow> GetEnumerator() => source.Select(r => Pick(r, indexes)).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A list view over rows that are produced on demand and enumerated once per renderer.</summary>
internal static class LazyRows
{
    public static IReadOnlyList<FormRow> ToLazyList(this IEnumerable<FormRow> rows) =>
        rows as IReadOnlyList<FormRow> ?? new LazyRowList(rows);

    private sealed class LazyRowList(IEnumerable<FormRow> source) : IReadOnlyList<FormRow>
    {
        private List<FormRow>? _materialised;

        private List<FormRow> Materialised => _materialised ??= source.ToList();

        public FormRow this[int index] => Materialised[index];
        public int Count => Materialised.Count;

        public IEnumerator<FormRow> GetEnumerator() =>
            _materialised is null ? source.GetEnumerator() : _materialised.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
