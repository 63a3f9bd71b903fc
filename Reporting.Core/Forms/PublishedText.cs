using System.Text;
using Reporting.Core.Domain;

namespace Reporting.Core.Forms;

/// <summary>A published form names no participant: wherever a text of the records (a voucher's purpose or payee, the
/// Sachbericht) mentions the id of a participant of the project, the id is replaced by <see cref="Replacement"/>.</summary>
/// <remarks>An id is found as a whole word: not inside a longer run of letters, digits and the characters ids are made
/// of (<c>-</c>, <c>_</c>, <c>.</c>, <c>/</c>), a trailing full stop not counted; a word of parts joined by <c>/</c> is
/// also searched part by part. Internal forms are left as they are.</remarks>
public static class PublishedText
{
    public const string Replacement = "[Teilnehmer-ID]";

    /// <summary>The document with every mention of an id of <paramref name="participants"/> replaced in its texts.</summary>
    public static FormDocument Mask(FormDocument document, IEnumerable<Participant> participants)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(participants);
        var ids = participants.Select(p => p.Id.Value).Where(id => id.Length > 0).ToHashSet(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return document;
        }
        var spaced = ids.Where(id => id.Any(c => !IsIdChar(c))).OrderByDescending(id => id.Length).ToList();
        string Text(string text) => Mask(text, ids, spaced);
        FormValue Value(FormValue v) => v.Kind == ValueKind.Text && v.Text is { } t && !v.IsSuppressed ? FormValue.Of(Text(t)) : v;
        FormBlock Block(FormBlock block) => block switch
        {
            FieldsBlock f => f with { Fields = f.Fields.Select(x => x with { Value = Value(x.Value) }).ToList() },
            TableBlock t => t with { Rows = t.Rows.Select(r => r with { Cells = r.Cells.Select(Value).ToList() }).ToList() },
            TextBlock x => x with { Text = Text(x.Text) },
            _ => block,
        };
        return document with
        {
            Sections = document.Sections.Select(s => s with { Blocks = s.Blocks.Select(Block).ToList() }).ToList(),
        };
    }

    private static bool IsIdChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or '/';

    private static string Mask(string text, HashSet<string> ids, List<string> spaced)
    {
        StringBuilder? sb = null;
        var i = 0;
        var copied = 0;
        while (i < text.Length)
        {
            if (!IsIdChar(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && IsIdChar(text[i]))
            {
                i++;
            }
            var end = i;
            while (end > start && text[end - 1] == '.')
            {
                end--;
            }
            if (end > start && ids.Contains(text[start..end]))
            {
                sb ??= new StringBuilder(text.Length);
                sb.Append(text, copied, start - copied).Append(Replacement);
                copied = end;
            }
            else if (end > start && text.AsSpan(start, end - start).Contains('/'))
            {
                // "TN-001/TN-002": the parts of a word joined by slashes.
                for (var part = start; part < end;)
                {
                    var slash = text.IndexOf('/', part, end - part);
                    var partEnd = slash < 0 ? end : slash;
                    if (partEnd > part && ids.Contains(text[part..partEnd]))
                    {
                        sb ??= new StringBuilder(text.Length);
                        sb.Append(text, copied, part - copied).Append(Replacement);
                        copied = partEnd;
                    }
                    part = partEnd + 1;
                }
            }
        }
        var masked = sb is null ? text : sb.Append(text, copied, text.Length - copied).ToString();
        foreach (var id in spaced)
        {
            masked = masked.Replace(id, Replacement, StringComparison.Ordinal);
        }
        return masked;
    }
}
