using System.Text;

namespace Reporting.Core.Import;

/// <summary>Turns file bytes into text: strict UTF-8 (with or without BOM), else Windows-1252.</summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of <paramref name="bytes"/> without a BOM, and the encoding that was used.</summary>
    public static (string Text, Encoding Encoding) Decode(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var span = bytes.AsSpan();
        var hadBom = span.StartsWith(Encoding.UTF8.Preamble);
        if (hadBom)
        {
            span = span[3..];
        }
        try
        {
            return (StrictUtf8.GetString(span), Encoding.UTF8);
        }
        catch (DecoderFallbackException)
        {
            var windows1252 = Windows1252;
            return (windows1252.GetString(span), windows1252);
        }
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
