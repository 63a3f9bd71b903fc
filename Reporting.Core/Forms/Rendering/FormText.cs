using System.Globalization;
using Reporting.Core.Text;

namespace Reporting.Core.Forms.Rendering;

/// <summary>How a form value reads on paper (PDF) and in the screen summary: German formats, "*" for a confidential
/// count, "–" for none.</summary>
internal static class FormText
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
            ValueKind.Count => value.Number is { } c ? GermanFormat.Count((long)c) : None,
            ValueKind.Number => value.Number is { } n ? Math.Round(n, 1, MidpointRounding.AwayFromZero).ToString("#,##0.0", GermanFormat.Numbers) : None,
            ValueKind.Euro => value.Number is { } e ? GermanFormat.Euro(Domain.Money.Euros(e)) : None,
            ValueKind.Percent => value.Number is { } p ? GermanFormat.Percent(p) : None,
            ValueKind.Date => value.Date is { } d ? GermanFormat.Date(d) : None,
            ValueKind.Flag => value.Number is { } f ? (f != 0m ? "ja" : "nein") : None,
            _ => throw new ArgumentOutOfRangeException(nameof(value), value.Kind, "unknown kind"),
        };
    }

    /// <summary>The period as a form prints it: <c>3. Quartal 2018 (01.07.2018 – 30.09.2018)</c>,
    /// <c>Projektlaufzeit (01.07.2017 – 30.09.2019)</c>; only the days for a range period.</summary>
    public static string Period(FormHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return header.PeriodName == header.PeriodText ? header.PeriodText : $"{header.PeriodName} ({header.PeriodText})";
    }

    /// <summary>The right side of a page header: <c>SCLA-DO · Projektlaufzeit</c>; a scope that is not one project
    /// is named in words (<c>alle Projekte · 2018</c>).</summary>
    public static string ScopeAndPeriod(FormHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var oneProject = header.ScopeLabel == header.ScopeKey || header.ScopeLabel.StartsWith(header.ScopeKey + " ", StringComparison.Ordinal);
        var scope = oneProject ? header.ScopeKey : header.ScopeLabel;
        return $"{scope} · {header.PeriodName}";
    }

    /// <summary>The most characters of one text a PDF cell or field shows. A page cannot hold a row taller than itself, so a
    /// longer text (a 10,000-character payee) is cut there, at a character boundary, and says so; the xlsx, csv and
    /// json files keep it whole.</summary>
    public const int PaperTextLimit = 500;

    /// <summary>The text as printed on paper: at most <see cref="PaperTextLimit"/> characters, then
    /// <c>… [gekürzt, 12.000 Zeichen]</c>.</summary>
    public static string ForPaper(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= PaperTextLimit ? text : $"{Cut(text, PaperTextLimit)} … [gekürzt, {GermanFormat.Count(text.Length)} Zeichen]";
    }

    /// <summary>At most <paramref name="max"/> characters, the last of them "…" when the text was longer (for a page
    /// header, whose length Excel limits).</summary>
    public static string Short(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= max ? text : Cut(text, max - 1) + "…";
    }

    /// <summary>The longest start of <paramref name="text"/> of at most <paramref name="max"/> UTF-16 units that ends on a
    /// character boundary (no surrogate pair or combining sequence is split).</summary>
    private static string Cut(string text, int max)
    {
        var cut = 0;
        while (cut < text.Length)
        {
            var next = StringInfo.GetNextTextElementLength(text, cut);
            if (cut + next > max)
            {
                break;
            }
            cut += next;
        }
        return text[..cut];
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
