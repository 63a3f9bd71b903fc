using System.Text;

namespace Reporting.Core.Import;

/// <summary>An RFC 4180 reader over decoded text: quoted fields may hold the delimiter, doubled quotes and line breaks.</summary>
/// <remarks>
/// Line numbers are physical lines: a record starts on the line after the previous record's last line,
/// so a quoted cell with an embedded line break makes the next record start one line later.
/// Line breaks are CRLF, LF or a lone CR. Blank lines are skipped.
/// </remarks>
public sealed class CsvText
{
    private CsvText(char delimiter, CsvRecord header, IReadOnlyList<CsvRecord> records, int? unterminatedQuoteLine)
    {
        Delimiter = delimiter;
        Header = header;
        Records = records;
        UnterminatedQuoteLine = unterminatedQuoteLine;
    }

    public char Delimiter { get; }

    /// <summary>The header record (line 1 unless blank lines precede it); empty fields when the text is empty.</summary>
    public CsvRecord Header { get; }

    /// <summary>The data records after the header.</summary>
    public IReadOnlyList<CsvRecord> Records { get; }

    /// <summary>The line where a quoted field opened that never closed, if any.</summary>
    public int? UnterminatedQuoteLine { get; }

    /// <summary><c>;</c> or <c>,</c>: whichever occurs more often outside quotes on the first line (<c>;</c> on a tie).</summary>
    public static char DetectDelimiter(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int semicolons = 0, commas = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && (c == '\n' || c == '\r'))
            {
                break;
            }
            else if (!quoted && c == ';')
            {
                semicolons++;
            }
            else if (!quoted && c == ',')
            {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }

    public static CsvText Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var delimiter = DetectDelimiter(text);
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var quoteOpenedOn = 0;
        var fieldWasQuoted = false;
        var i = 0;

        void EndField()
        {
            fields.Add(field.ToString());
            field.Clear();
            fieldWasQuoted = false;
        }

        void EndRecord()
        {
            EndField();
            var blank = fields.Count == 1 && fields[0].Length == 0;
            if (!blank)
            {
                records.Add(new CsvRecord(recordLine, fields.ToArray()));
            }
            fields.Clear();
        }

        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                }
                else
                {
                    if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                    {
                        line++;
                    }
                    field.Append(c);
                }
                i++;
                continue;
            }
            if (c == '"' && field.Length == 0 && !fieldWasQuoted)
            {
                quoted = true;
                fieldWasQuoted = true;
                quoteOpenedOn = line;
            }
            else if (c == delimiter)
            {
                EndField();
            }
            else if (c == '\r' || c == '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                EndRecord();
                line++;
                recordLine = line;
            }
            else
            {
                field.Append(c);
            }
            i++;
        }
        if (field.Length > 0 || fields.Count > 0 || fieldWasQuoted)
        {
            EndRecord();
        }

        var header = records.Count > 0 ? records[0] : new CsvRecord(1, []);
        var data = records.Count > 1 ? records.Skip(1).ToArray() : [];
        return new CsvText(delimiter, header, data, quoted ? quoteOpenedOn : null);
    }
}
