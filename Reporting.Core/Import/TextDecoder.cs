using System.Text;

namespace Reporting.Core.Import;

/// <summary>Decides the encoding of an import file once, for the whole file: UTF-8 when it starts with a UTF-8 BOM or
/// when its first non-ASCII bytes are a valid UTF-8 sequence, else Windows-1252.</summary>
/// <remarks>A UTF-8 file is never reinterpreted halfway: bytes further on that are not valid UTF-8 decode to U+FFFD
/// (<see cref="Undecodable"/>), and the importer reports the line that holds them.</remarks>
internal static class TextDecoder
{
    /// <summary>What bytes that are not valid UTF-8 decode to in a UTF-8 file.</summary>
    public const char Undecodable = '\uFFFD';

    private static readonly Encoding LenientUtf8 = Encoding.GetEncoding(
        "utf-8", EncoderFallback.ReplacementFallback, new DecoderReplacementFallback(Undecodable.ToString()));

    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The text of <paramref name="bytes"/> without a BOM, and the encoding that was used.</summary>
    public static (string Text, Encoding Encoding) Decode(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        using var reader = Open(new MemoryStream(bytes, writable: false), out var encoding);
        return (reader.ReadToEnd(), encoding);
    }

    /// <summary>A reader over the text of <paramref name="stream"/> (seekable, read from its start), after its BOM.</summary>
    public static TextReader Open(Stream stream, out Encoding encoding)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var (utf8, start) = Sniff(stream);
        stream.Position = start;
        encoding = utf8 ? LenientUtf8 : Windows1252;
        return new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: false);
    }

    /// <summary>Whether the file is UTF-8, and where its text starts (after a BOM).</summary>
    private static (bool Utf8, long Start) Sniff(Stream stream)
    {
        stream.Position = 0;
        var buffer = new byte[1 << 16];
        var filled = Fill(stream, buffer, 0);
        if (buffer.AsSpan(0, filled).StartsWith(Bom))
        {
            return (true, Bom.Length);
        }
        while (filled > 0)
        {
            var at = buffer.AsSpan(0, filled).IndexOfAnyInRange((byte)0x80, (byte)0xFF);
            if (at >= 0)
            {
                // Make sure the whole sequence (at most 4 bytes) is in the buffer.
                if (filled - at < 4)
                {
                    buffer.AsSpan(at, filled - at).CopyTo(buffer);
                    filled = Fill(stream, buffer, filled - at);
                    at = 0;
                }
                return (StartsValid(buffer.AsSpan(at, Math.Min(4, filled - at))), 0);
            }
            filled = Fill(stream, buffer, 0);
        }
        return (true, 0);
    }

    /// <summary>Whether <paramref name="span"/> starts with one complete, valid UTF-8 sequence.</summary>
    private static bool StartsValid(ReadOnlySpan<byte> span)
    {
        System.Text.Unicode.Utf8.ToUtf16(span, stackalloc char[8], out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
        return read > 0;
    }

    private static int Fill(Stream stream, byte[] buffer, int offset)
    {
        var filled = offset;
        int n;
        while (filled < buffer.Length && (n = stream.Read(buffer, filled, buffer.Length - filled)) > 0)
        {
            filled += n;
        }
        return filled;
    }

    /// <summary>Windows-1252 (German Excel's "CSV (Trennzeichen-getrennt)").</summary>
    public static Encoding Windows1252
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252);
        }
    }
}
