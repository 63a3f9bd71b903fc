using System.Globalization;
using System.Text;
using nietras.SeparatedValues;
using Reporting.Core.Import;

namespace Reporting.Bench.Csv;

/// <summary>What one parser read of a file: records, fields, characters of all fields and the physical line where the
/// last record starts. The same file must give the same four numbers with every parser.</summary>
internal readonly record struct CsvTally(long Records, long Fields, long Chars, long LastLine)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"records={Records} fields={Fields} chars={Chars} last_line={LastLine}");
}

/// <summary>
/// The three parsers compared for the import, each reading every record the way <see cref="CsvFile"/> does: from the
/// <see cref="TextReader"/> of <see cref="TextDecoder"/> (the importer's per-file UTF-8/Windows-1252 decision), RFC 4180
/// quoting with quotes removed, every field made a string (the importer keeps <see cref="CsvRecord"/>s of strings), and
/// the physical line each record starts on. The header is read as a record like any other.
/// </summary>
internal static class CsvParsers
{
    public const string Sep = "sep";
    public const string CsvHelper = "csvhelper";
    public const string CsvHelperBytes = "csvhelper-bytes";
    public const string Sylvan = "sylvan";

    public static readonly string[] All = [Sep, CsvHelper, CsvHelperBytes, Sylvan];

    /// <summary>Library and version of each parser, as the tables name them.</summary>
    public static string Describe(string parser) => parser switch
    {
        Sep => $"Sep {Version(typeof(SepReader))}, as `CsvFile` reads (`Unescape`, a new string per field)",
        CsvHelper => $"CsvHelper {Version(typeof(global::CsvHelper.CsvReader))} (`CsvReader` over the `TextReader`, `PoolStrings`, `TrackLineNumbers`)",
        CsvHelperBytes => $"CsvHelper {Version(typeof(global::CsvHelper.CsvReader))} over the file's bytes (its UTF-8 path; no Windows-1252 decision)",
        Sylvan => $"Sylvan.Data.Csv {Version(typeof(global::Sylvan.Data.Csv.CsvDataReader))} (`CsvDataReader`, lines counted in `GetRawRecordSpan`)",
        _ => throw new ArgumentOutOfRangeException(nameof(parser)),
    };

    public static CsvTally Read(string parser, string path) => parser switch
    {
        Sep => ReadSep(path),
        CsvHelper => ReadCsvHelper(path, bytes: false),
        CsvHelperBytes => ReadCsvHelper(path, bytes: true),
        Sylvan => ReadSylvan(path),
        _ => throw new ArgumentOutOfRangeException(nameof(parser)),
    };

    private static TextReader Open(string path) =>
        TextDecoder.Open(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan), out _);

    private static CsvTally ReadSep(string path)
    {
        using var text = Open(path);
        using var reader = nietras.SeparatedValues.Sep.Reader(o => o with
        {
            Sep = new Sep(';'),
            HasHeader = false,
            Unescape = true,
            DisableColCountCheck = true,
            DisableFastFloat = true,
            CultureInfo = CultureInfo.InvariantCulture,
            CreateToString = SepToString.Direct,
        }).From(text);
        long records = 0, fields = 0, chars = 0, line = 1, last = 0;
        foreach (var row in reader)
        {
            last = line;
            line = row.LineNumberToExcl;
            records++;
            for (var i = 0; i < row.ColCount; i++)
            {
                chars += row[i].ToString().Length;
            }
            fields += row.ColCount;
        }
        return new CsvTally(records, fields, chars, last);
    }

    private static CsvTally ReadCsvHelper(string path, bool bytes)
    {
        var options = global::CsvHelper.CsvReaderOptions.Default with
        {
            Separator = ';',
            HasHeader = false,
            PoolStrings = true,
            TrackLineNumbers = true,
            FormatProvider = CultureInfo.InvariantCulture,
        };
        using var reader = bytes
            ? global::CsvHelper.CsvReader.Create(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan), options)
            : global::CsvHelper.CsvReader.Create(Open(path), options);
        long records = 0, fields = 0, chars = 0, last = 0;
        while (reader.Read())
        {
            records++;
            last = reader.LineNumber;
            for (var i = 0; i < reader.FieldCount; i++)
            {
                chars += reader.GetString(i).Length;
            }
            fields += reader.FieldCount;
        }
        return new CsvTally(records, fields, chars, last);
    }

    private static CsvTally ReadSylvan(string path)
    {
        using var text = Open(path);
        using var reader = global::Sylvan.Data.Csv.CsvDataReader.Create(text, new global::Sylvan.Data.Csv.CsvDataReaderOptions
        {
            HasHeaders = false,
            Delimiter = ';',
            BufferSize = 1 << 16,
        });
        long records = 0, fields = 0, chars = 0, line = 1, last = 0;
        while (reader.Read())
        {
            // Sylvan counts records, not lines: the next record starts after the line breaks of this one's raw text
            // (inside quoted cells and, but for the file's last record, its own at the end).
            last = line;
            var raw = reader.GetRawRecordSpan();
            line += LineBreaks(raw) + (raw.Length > 0 && raw[^1] is '\n' or '\r' ? 0 : 1);
            records++;
            for (var i = 0; i < reader.FieldCount; i++)
            {
                chars += reader.GetString(i).Length;
            }
            fields += reader.FieldCount;
        }
        return new CsvTally(records, fields, chars, last);
    }

    /// <summary>CRLF, LF and a lone CR each count once.</summary>
    private static int LineBreaks(ReadOnlySpan<char> text)
    {
        var n = 0;
        for (var i = text.IndexOfAny('\r', '\n'); i >= 0; i = NextBreak(text, i))
        {
            n++;
        }
        return n;
    }

    private static int NextBreak(ReadOnlySpan<char> text, int at)
    {
        var next = at + (text[at] == '\r' && at + 1 < text.Length && text[at + 1] == '\n' ? 2 : 1);
        var rest = text[next..].IndexOfAny('\r', '\n');
        return rest < 0 ? -1 : next + rest;
    }

    private static string Version(Type type) =>
        type.Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion.Split('+')[0]
            ?? type.Assembly.GetName().Version?.ToString() ?? "?";
}
