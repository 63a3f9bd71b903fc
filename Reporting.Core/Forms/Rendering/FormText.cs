using Reporting.Core.Text;

namespace Reporting.Core.Forms.Rendering;

/// <summary>How a form value reads on paper (PDF) and in the screen summary: German formats, "*" for a confidential
/// count, "–" for none.</summary>
public static class FormText
{
    public const string None = "–";
    public const string SuppressedMark = "*";

    public static string Format(FormValue value)
    {
        if (value.IsSuppressed)
        {
            return SuppressedMark;
        }
        return value.Kind switch
        {
            ValueKind.Text => value.Text ?? None,
            ValueKind.Count => value.Number is { } c ? GermanFormat.Count((int)c) : None,
            ValueKind.Number => value.Number is { } n ? Math.Round(n, 1, MidpointRounding.AwayFromZero).ToString("#,##0.0", GermanFormat.Numbers) : None,
            ValueKind.Euro => value.Number is { } e ? GermanFormat.Euro(Domain.Money.Euros(e)) : None,
            ValueKind.Percent => value.Number is { } p ? GermanFormat.Percent(p) : None,
            ValueKind.Date => value.Date is { } d ? GermanFormat.Date(d) : None,
            ValueKind.Flag => value.Number is { } f ? (f != 0m ? "ja" : "nein") : None,
            _ => throw new ArgumentOutOfRangeException(nameof(value), value.Kind, "unknown kind"),
        };
    }

    /// <summary>The note printed under published forms that hide small counts.</summary>
    public const string ConfidentialityNote =
        "Fallzahlen von 1 und 2 sowie Werte, aus denen sie sich errechnen ließen, sind aus Gründen des Datenschutzes und der statistischen Geheimhaltung durch * ersetzt. Summen werden vollständig ausgewiesen.";

    /// <summary>True when the document has at least one suppressed cell.</summary>
    public static bool HasSuppressedCells(FormDocument document) =>
        document.Blocks.Any(b => b switch
        {
            FieldsBlock f => f.Fields.Any(x => x.Value.IsSuppressed),
            TableBlock t => t.Rows.Any(r => r.Cells.Any(c => c.IsSuppressed)),
            _ => false,
        });
}
