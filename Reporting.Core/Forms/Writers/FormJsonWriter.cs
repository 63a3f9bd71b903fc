using System.Globalization;
using Reporting.Core.Output;
using static Reporting.Core.Output.FigureMember;

namespace Reporting.Core.Forms.Writers;

/// <summary>A form as JSON: header, then sections with typed blocks. Numbers are JSON numbers in the invariant
/// format of the figures JSON (euros with two decimals); suppressed cells are the string <c>"*"</c>. Written by the one
/// JSON writer of figures and forms (<see cref="JsonFigureWriter"/>: UTF-8 text unescaped, <c>\n</c> line ends).</summary>
internal static class FormJsonWriter
{
    public static void Write(FormDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var h = document.Header;
        JsonFigureWriter.WriteDocument(output, w =>
        {
            w.Members(
            [
                Of("form_id", h.FormId), Of("version", h.Version), Of("title", h.Title), Of("rule_set", h.RuleSet),
                Of("scope", h.ScopeKey), Of("scope_label", h.ScopeLabel),
                Of("period", h.PeriodLabel), Of("period_name", h.PeriodName), Of("period_dates", h.PeriodText),
                Day("as_of", h.AsOf), Of("generated_at", h.GeneratedAt.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)),
                Flag("published", h.Published),
                .. document.RunId is { } runId ? [Of("run_id", runId)] : Enumerable.Empty<FigureMember>(),
            ]);
            w.Array("sections", document.Sections, section => w.Object(() =>
            {
                w.Text("id", section.Id);
                w.Text("title", section.Title);
                w.Array("blocks", section.Blocks, block => WriteBlock(w, block));
            }));
            w.Array("footnotes", document.Footnotes, f => w.Value(FigureCell.Of(f)));
        });
    }

    private static void WriteBlock(JsonFigureWriter w, FormBlock block) => w.Object(() =>
    {
        w.Text("title", block.Title);
        switch (block)
        {
            case FieldsBlock f:
                w.Text("type", "fields");
                w.Object("fields", () =>
                {
                    foreach (var field in f.Fields)
                    {
                        w.Value(field.Key, field.Value.ToCell());
                    }
                });
                break;
            case TableBlock t:
                w.Text("type", "table");
                w.Text("table", t.Key);
                w.Array("rows", t.Rows, row => w.Object(() =>
                {
                    w.Text("row_type", row.Role.ToString().ToLowerInvariant());
                    for (var i = 0; i < t.Columns.Count; i++)
                    {
                        w.Value(t.Columns[i].Key, row.Cells[i].ToCell());
                    }
                }));
                break;
            case TextBlock x:
                w.Text("type", "text");
                w.Text("text", x.Text);
                break;
            case ChartBlock c:
                w.Text("type", "chart");
                w.Text("chart", c.Key);
                w.Array("series", c.Series, s => w.Object(() =>
                {
                    w.Text("label", s.Label);
                    w.Array("points", s.Points, p => w.Object(() =>
                    {
                        if (p.Date is { } d)
                        {
                            w.Day("date", d);
                        }
                        if (p.Category is { } category)
                        {
                            w.Text("category", category);
                        }
                        // The plotted value as stored, not rounded like a figure.
                        w.Json.WriteNumber("value", p.Value);
                    }));
                }));
                break;
            case SignatureBlock s:
                w.Text("type", "signature");
                w.Array("captions", s.Captions, caption => w.Value(FigureCell.Of(caption)));
                break;
        }
    });
}
