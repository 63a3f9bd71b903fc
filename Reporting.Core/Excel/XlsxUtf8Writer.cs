using System.Buffers.Text;
using System.Text.Unicode;

namespace Reporting.Core.Excel;

/// <summary>
/// The worksheet part's XML as UTF-8 bytes, written straight into a buffer: markup comes as pre-encoded byte literals,
/// numbers are formatted into the buffer without a string in between, and text is encoded run by run, escaping only
/// the characters that need it (<see cref="XlsxText"/>). This is the hot path of a million-row export; the small
/// package parts use <see cref="System.Xml.XmlWriter"/>.
/// </summary>
internal sealed class XlsxUtf8Writer : IDisposable
{
    private const int BufferSize = 1 << 16;

    /// <summary>Room for any markup plus one formatted number (at most 32 bytes) written without a length check.</summary>
    public const int Reserve = 256;

    private readonly Stream _output;
    private readonly byte[] _buffer = new byte[BufferSize];
    private int _position;
    private bool _disposed;

    public XlsxUtf8Writer(Stream output) => _output = output;

    /// <summary>Makes room for <paramref name="bytes"/> (at most <see cref="BufferSize"/>) written without further checks.</summary>
    public void Ensure(int bytes)
    {
        if (_position + bytes > _buffer.Length)
        {
            FlushBuffer();
        }
    }

    public void Raw(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > _buffer.Length - _position)
        {
            FlushBuffer();
            if (bytes.Length > _buffer.Length)
            {
                Output(bytes);
                return;
            }
        }
        bytes.CopyTo(_buffer.AsSpan(_position));
        _position += bytes.Length;
    }

    /// <summary>Bytes known to fit (after <see cref="Ensure"/>).</summary>
    public void RawUnchecked(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_buffer.AsSpan(_position));
        _position += bytes.Length;
    }

    public void Int(long value)
    {
        Ensure(20);
        Utf8Formatter.TryFormat(value, _buffer.AsSpan(_position), out var written);
        _position += written;
    }

    /// <summary>The shortest invariant text of <paramref name="value"/> (<c>1234.5</c>, <c>-50</c>, <c>0.719</c>); needs 32 bytes of room.</summary>
    public void DecimalUnchecked(decimal value) => _position += XlsxNumber.Format(value, _buffer.AsSpan(_position));

    /// <summary>Element content in Excel's string escaping (see <see cref="XlsxText.NeedsEscape"/>).</summary>
    public void Text(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            var special = text.IndexOfAny(XlsxText.NeedsEscape);
            var run = special < 0 ? text : text[..special];
            Utf8Run(run);
            if (special < 0)
            {
                return;
            }
            text = text[special..];
            Ensure(16);
            var c = text[0];
            var consumed = 1;
            switch (c)
            {
                case '<':
                    RawUnchecked("&lt;"u8);
                    break;
                case '>':
                    RawUnchecked("&gt;"u8);
                    break;
                case '&':
                    RawUnchecked("&amp;"u8);
                    break;
                case '_':
                    // A literal "_x0041_" would be read as "A": protect its underscore as Excel does.
                    RawUnchecked(XlsxText.LooksLikeEscape(text) ? "_x005F_"u8 : "_"u8);
                    break;
                default:
                    if (char.IsHighSurrogate(c) && text.Length > 1 && char.IsLowSurrogate(text[1]))
                    {
                        Utf8Run(text[..2]);
                        consumed = 2;
                    }
                    else
                    {
                        // Controls, lone surrogates, U+FFFE/U+FFFF: XML cannot hold them; Excel reads _xHHHH_ back.
                        RawUnchecked("_x"u8);
                        Utf8Formatter.TryFormat((ushort)c, _buffer.AsSpan(_position), out var written, new System.Buffers.StandardFormat('X', 4));
                        _position += written;
                        RawUnchecked("_"u8);
                    }
                    break;
            }
            text = text[consumed..];
        }
    }

    /// <summary>An attribute value: XML's escaping only (callers pass text already free of invalid characters).</summary>
    public void Attribute(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            var special = text.IndexOfAny(XlsxText.AttributeSpecial);
            Utf8Run(special < 0 ? text : text[..special]);
            if (special < 0)
            {
                return;
            }
            Ensure(8);
            RawUnchecked(text[special] switch
            {
                '<' => "&lt;"u8,
                '>' => "&gt;"u8,
                '&' => "&amp;"u8,
                '"' => "&quot;"u8,
                '\t' => "&#x9;"u8,
                '\n' => "&#xA;"u8,
                _ => "&#xD;"u8,
            });
            text = text[(special + 1)..];
        }
    }

    /// <summary>Valid UTF-16 (no lone surrogates) as UTF-8, in pieces when it does not fit the buffer.</summary>
    private void Utf8Run(ReadOnlySpan<char> run)
    {
        while (!run.IsEmpty)
        {
            if (_buffer.Length - _position < 4)
            {
                FlushBuffer();
            }
            Utf8.FromUtf16(run, _buffer.AsSpan(_position), out var read, out var written, replaceInvalidSequences: true, isFinalBlock: true);
            _position += written;
            run = run[read..];
            if (!run.IsEmpty)
            {
                FlushBuffer();
            }
        }
    }

    /// <summary>Whether writing to the part failed: the part is broken and can only be abandoned.</summary>
    public bool Faulted { get; private set; }

    private void FlushBuffer()
    {
        if (_position > 0)
        {
            Output(_buffer.AsSpan(0, _position));
            _position = 0;
        }
    }

    private void Output(ReadOnlySpan<byte> bytes)
    {
        ObjectDisposedException.ThrowIf(Faulted, this);
        try
        {
            _output.Write(bytes);
        }
        catch
        {
            Faulted = true;
            throw;
        }
    }

    /// <summary>Writes what is buffered and closes the part's stream.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        try
        {
            FlushBuffer();
        }
        catch
        {
            Faulted = true;
            throw;
        }
        finally
        {
            _output.Dispose();
        }
    }

    /// <summary>Closes the part's stream without writing what is still buffered (the package is being abandoned).</summary>
    public void Abandon()
    {
        _disposed = true;
        _position = 0;
        _output.Dispose();
    }
}
