using Reporting.Core.Output;

namespace Reporting.Core.Forms.Writers;

/// <summary>A form as CSV for scripts. A form with one list table (the monthly export) is that table, one row per line.
/// Otherwise the fields come first as <c>section;block;key;label;value</c> lines in the main file, and every table is
/// written to its own file <c>&lt;name&gt;.&lt;table&gt;.csv</c> with the column keys as header.</summary>
internal static class FormCsvWriter
{
    /// <summary>Writes the CSV files of <paramref name="document"/>; <paramref name="open"/> makes the stream for a file name suffix
    /// (empty for the main file, <c>.table</c> for a table) and the writer closes nothing it did not open.</summary>
    public static void Write(FormDocument document, CsvStyle style, Action<string, Action<Stream>> open)
    {
        var tables = document.Blocks.OfType<TableBlock>().ToList();
        var fields = document.Sections.SelectMany(s => s.Blocks.OfType<FieldsBlock>().Select(b => (Section: s, Block: b))).ToList();
        if (tables.Count == 1 && tables[0].IsList && fields.Count == 0)
        {
            open("", s => WriteTable(s, style, tables[0]));
            return;
        }
        open("", s => CsvTableWriter.Write(s, style, ["section", "block", "key", "label", "value"],
            fields.SelectMany(f => f.Block.Fields.Select(field => (IReadOnlyList<FigureCell>)
            [
                FigureCell.Of(f.Section.Id), FigureCell.Of(f.Block.Title), FigureCell.Of(field.Key), FigureCell.Of(field.Label), field.Value.ToCell(),
            ]))));
        foreach (var table in tables)
        {
            open("." + table.Key, s => WriteTable(s, style, table));
        }
    }

    /// <summary>One table: header of column keys (stable for scripts) and a last column <c>row_type</c>
    /// (<c>data</c>, <c>subtotal</c> or <c>total</c>), so scripts can drop the sum rows.</summary>
    public static void WriteTable(Stream output, CsvStyle style, TableBlock table) =>
        CsvTableWriter.Write(output, style,
            [.. table.Columns.Select(c => c.Key), "row_type"],
            table.Rows.Select(r => (IReadOnlyList<FigureCell>)[.. r.Cells.Select(c => c.ToCell()), FigureCell.Of(r.Role.ToString().ToLowerInvariant())]));
}
