using System.Globalization;
using System.Text;

namespace Reporting.Core.Generation;

/// <summary>
/// Writes one <c>;</c>-delimited import file in the German style of the import contract (docs/import.md): UTF-8 with
/// BOM, CRLF, amounts as <c>1.234,56</c>, dates as <c>31.07.2018</c>. Cells are formatted into a stack buffer with
/// invariant primitives and go through one buffered writer, so a row allocates nothing.
/// </summary>
internal sealed class CsvRowWriter : IDisposable
{
    private const int BufferSize = 1 << 16;
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    private readonly StreamWriter _out;
    private bool _inRow;

    public CsvRowWriter(string path)
    {
        var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, BufferSize);
        _out = new StreamWriter(file, Utf8WithBom, BufferSize);
    }

    /// <summary>Data rows written (the header row not counted).</summary>
    public long Rows { get; private set; }

    /// <summary>A cell as it must appear in the file: quoted (RFC 4180) when it holds <c>;</c>, <c>"</c> or a line break.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan().IndexOfAny(";\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    public void Header(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            Cell(Escape(name));
        }
        _out.Write("\r\n");
        _inRow = false;
    }

    /// <summary>A cell already escaped with <see cref="Escape"/> (or known to need no quoting).</summary>
    public void Cell(string escaped)
    {
        Separator();
        _out.Write(escaped);
    }

    public void Empty() => Separator();

    public void Integer(long value)
    {
        Separator();
        Span<char> buffer = stackalloc char[20];
        value.TryFormat(buffer, out int n, default, CultureInfo.InvariantCulture);
        _out.Write(buffer[..n]);
    }

    /// <summary><paramref name="prefix"/> (needing no quoting) followed by <paramref name="number"/> with at least <paramref name="digits"/> digits.</summary>
    public void Code(string prefix, long number, int digits)
    {
        Separator();
        _out.Write(prefix);
        Digits(number, digits);
    }

    /// <summary>An amount of whole cents in German notation with thousands dots: <c>-1.234.567,89</c>.</summary>
    public void Amount(long cents)
    {
        Separator();
        Span<char> buffer = stackalloc char[32];
        int at = buffer.Length;
        ulong rest = cents < 0 ? (ulong)-cents : (ulong)cents;
        ulong fraction = rest % 100;
        rest /= 100;
        buffer[--at] = (char)('0' + (int)(fraction % 10));
        buffer[--at] = (char)('0' + (int)(fraction / 10));
        buffer[--at] = ',';
        int group = 0;
        do
        {
            if (group == 3)
            {
                buffer[--at] = '.';
                group = 0;
            }
            buffer[--at] = (char)('0' + (int)(rest % 10));
            rest /= 10;
            group++;
        }
        while (rest > 0);
        if (cents < 0)
        {
            buffer[--at] = '-';
        }
        _out.Write(buffer[at..]);
    }

    /// <summary><c>dd.MM.yyyy</c>.</summary>
    public void Date(DateOnly date)
    {
        Separator();
        Span<char> buffer = stackalloc char[10];
        TwoDigits(buffer, date.Day);
        buffer[2] = '.';
        TwoDigits(buffer[3..], date.Month);
        buffer[5] = '.';
        TwoDigits(buffer[6..], date.Year / 100);
        TwoDigits(buffer[8..], date.Year % 100);
        _out.Write(buffer);
    }

    public void Date(DateOnly? date)
    {
        if (date is { } d)
        {
            Date(d);
        }
        else
        {
            Empty();
        }
    }

    /// <summary><paramref name="text"/> (needing no quoting), a space and the month as <c>MM/yyyy</c>.</summary>
    public void TextWithMonth(string text, DateOnly month)
    {
        Separator();
        _out.Write(text);
        Span<char> buffer = stackalloc char[8];
        buffer[0] = ' ';
        TwoDigits(buffer[1..], month.Month);
        buffer[3] = '/';
        TwoDigits(buffer[4..], month.Year / 100);
        TwoDigits(buffer[6..], month.Year % 100);
        _out.Write(buffer);
    }

    public void EndRow()
    {
        _out.Write("\r\n");
        _inRow = false;
        Rows++;
    }

    public void Dispose() => _out.Dispose();

    private void Separator()
    {
        if (_inRow)
        {
            _out.Write(';');
        }
        _inRow = true;
    }

    private void Digits(long number, int digits)
    {
        Span<char> buffer = stackalloc char[20];
        number.TryFormat(buffer, out int n, default, CultureInfo.InvariantCulture);
        for (int pad = n; pad < digits; pad++)
        {
            _out.Write('0');
        }
        _out.Write(buffer[..n]);
    }

    private static void TwoDigits(Span<char> into, int value)
    {
        into[0] = (char)('0' + value / 10);
        into[1] = (char)('0' + value % 10);
    }
}
