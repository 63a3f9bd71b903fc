using System.Text;

namespace Reporting.Core.Import;

/// <summary>A column of an import file: its English name, German alias and whether it must be present.</summary>
public sealed record ColumnSpec(string English, string German, bool Required = false)
{
    /// <summary>Whether a header cell names this column (case-insensitive, ignoring spaces, <c>_</c>, <c>-</c> and <c>.</c>).</summary>
    public bool Matches(string header)
    {
        var key = Normalize(header);
        return key == Normalize(English) || key == Normalize(German);
    }

    /// <summary>Lower case (invariant), NFC, without spaces, <c>_</c>, <c>-</c>, <c>.</c>.</summary>
    public static string Normalize(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var sb = new StringBuilder(header.Length);
        foreach (var c in header.Normalize(NormalizationForm.FormC))
        {
            if (c is ' ' or '_' or '-' or '.' or '\t' or '\u00A0')
            {
                continue;
            }
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
