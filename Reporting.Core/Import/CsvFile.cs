using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Reporting.Core.Import;

/// <summary>Reads the records of one import file as a stream (CsvHelper's RFC 4180 parser): quoted fields may hold the
/// delimiter, doubled quotes and line breaks.</summary>
/// <remarks>
/// Line numbers are physical lines: a record starts on the line after the previous record's last line, so a quoted
/// cell with an embedded line break makes the next record start one line later. Line breaks are CRLF, LF or a lone CR.
/// Blank lines are skipped. A line longer than <see cref="MaxLineChars"/> ends the reading of the file with
/// <see cref="TooLongLine"/> set.
/// </remarks>
public sealed class CsvFile : IDisposable
{
    /// <summary>The longest record accepted, in characters (1 MiB).</summary>
    public const int MaxLineChars = 1 << 20;

    private readonly CsvParser _parser;
    private bool _quoteLeftOpen;
    private int _lastEnd;

    private CsvFile(TextReader reader, char delimiter, Encoding encoding)
    {
        Delimiter = delimiter;
        Encoding = encoding;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter.ToString(),
            Mode = CsvMode.RFC4180,
            IgnoreBlankLines = true,
            TrimOptions = TrimOptions.None,
            MaxFieldSize = MaxLineChars,
            BufferSize = 1 << 16,
            BadDataFound = args => _quoteLeftOpen = args.Field.StartsWith('"') && args.Field.Count(c => c == '"') % 2 == 1,
        };
        _parser = new CsvParser(reader, config);
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
        if (TooLongLine is not null)
        {
            return null;
        }
        bool more;
        try
        {
            _quoteLeftOpen = false;
            more = _parser.Read();
        }
        catch (MaxFieldSizeException)
        {
            TooLongLine = _lastEnd + 1;
            return null;
        }
        if (!more)
        {
            return null;
        }
        var fields = new string[_parser.Count];
        var breaks = 0;
        var length = 0;
        for (var i = 0; i < fields.Length; i++)
        {
            var field = _parser[i];
            fields[i] = field;
            length += field.Length;
            if (field.AsSpan().IndexOfAny('\r', '\n') >= 0)
            {
                breaks += LineBreaks(field);
            }
        }
        var end = _parser.RawRow;
        var line = end - breaks;
        _lastEnd = end;
        if (length > MaxLineChars)
        {
            TooLongLine = line;
            return null;
        }
        if (_quoteLeftOpen)
        {
            UnterminatedQuoteLine = line;
        }
        return new CsvRecord(line, fields);
    }

    private static int LineBreaks(string field)
    {
        var n = 0;
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] == '\n' || (field[i] == '\r' && (i + 1 >= field.Length || field[i + 1] != '\n')))
            {
                n++;
            }
        }
        return n;
    }

    public void Dispose() => _parser.Dispose();
}
