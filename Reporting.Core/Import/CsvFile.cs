using System.Text;
using nietras.SeparatedValues;

namespace Reporting.Core.Import;

/// <summary>Reads the records of one import file as a stream (Sep's RFC 4180 parser): quoted fields may hold the
/// delimiter, doubled quotes and line breaks.</summary>
/// <remarks>
/// Line numbers are physical lines: a record starts on the line after the previous record's last line, so a quoted
/// cell with an embedded line break makes the next record start one line later. Line breaks are CRLF, LF or a lone CR.
/// Blank lines are skipped. A line longer than <see cref="MaxLineChars"/> ends the reading of the file with
/// <see cref="TooLongLine"/> set. A quote that opens and never closes takes the rest of the file into its record, so
/// only the last record can have one; it is found from the parity of the record's quotes. Every field is a new string:
/// a record lives only while its row is checked and written, and pooling repeated values per column cost the import
/// more time than the short-lived strings (docs/benchmarks.md, "Import").
/// The parser choice is measured in docs/benchmarks.md ("CSV parser choice").
/// </remarks>
internal sealed class CsvFile : IDisposable
{
    /// <summary>The longest record accepted, in characters (1 MiB).</summary>
    public const int MaxLineChars = 1 << 20;

    private readonly TextReader _text;
    private readonly SepReader _reader;
    private int _nextLine = 1;

    private CsvFile(TextReader reader, char delimiter, Encoding encoding)
    {
        Delimiter = delimiter;
        Encoding = encoding;
        _text = reader;
        _reader = Sep.Reader(o => o with
        {
            Sep = new Sep(delimiter),
            HasHeader = false,
            Unescape = true,
            DisableColCountCheck = true,
            DisableFastFloat = true,
            CultureInfo = System.Globalization.CultureInfo.InvariantCulture,
            CreateToString = SepToString.Direct,
        }).From(reader);
    }

    public char Delimiter { get; }

    public Encoding Encoding { get; }

    /// <summary>The line where a quoted field opened that never closed, if any (known once the records are read).</summary>
    public int? UnterminatedQuoteLine { get; private set; }

    /// <summary>The line of a record longer than <see cref="MaxLineChars"/>, if any; no record after it is read.</summary>
    public int? TooLongLine { get; private set; }

    /// <summary>Opens <paramref name="file"/>: decides its encoding (<see cref="TextDecoder"/>) and delimiter.</summary>
    public static CsvFile Open(ImportFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        char delimiter;
        using (var peek = TextDecoder.Open(file.Open(), out _))
        {
            var start = new char[1 << 16];
            var n = peek.ReadBlock(start, 0, start.Length);
            delimiter = DetectDelimiter(new string(start, 0, n));
        }
        return new CsvFile(TextDecoder.Open(file.Open(), out var encoding), delimiter, encoding);
    }

    /// <summary>Reads text already decoded (tests).</summary>
    public static CsvFile Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new CsvFile(new StringReader(text), DetectDelimiter(text), Encoding.Unicode);
    }

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

    /// <summary>The next record, or null at the end of the file (or after a line that is too long).</summary>
    public CsvRecord? Read()
    {
        while (true)
        {
            if (TooLongLine is not null)
            {
                return null;
            }
            var line = _nextLine;
            try
            {
                if (!_reader.MoveNext())
                {
                    return null;
                }
            }
            catch (NotSupportedException)
            {
                // Sep's own limit (16 MiB per record): only an unclosed quote gets there.
                TooLongLine = line;
                return null;
            }
            var row = _reader.Current;
            _nextLine = row.LineNumberToExcl;
            var raw = row.Span;
            if (raw.Length > MaxLineChars)
            {
                TooLongLine = line;
                return null;
            }
            if (raw.Length == 0)
            {
                continue;
            }
            if (raw.Contains('"') && raw.Count('"') % 2 == 1)
            {
                UnterminatedQuoteLine = line;
            }
            var fields = new string[row.ColCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = row[i].ToString();
            }
            return new CsvRecord(line, fields) { HasUndecodable = raw.Contains(TextDecoder.Undecodable) };
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _text.Dispose();
    }
}
