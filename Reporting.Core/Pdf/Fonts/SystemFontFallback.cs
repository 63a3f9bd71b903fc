using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using SkiaSharp;

namespace Reporting.Core.Pdf.Fonts;

/// <summary>
/// Finds fallback fonts among the machine's fonts: through fontconfig (<c>fc-match ':charset=XXXX'</c>) where it is
/// installed, else through Skia's font manager (Windows, macOS). A font is only taken when it really has the glyph
/// (fontconfig answers with its best match even when no font has the character). Faces are loaded once and kept.
/// </summary>
internal sealed class SystemFontFallback : IFontFallback, IDisposable
{
    private static readonly TimeSpan FcMatchTimeout = TimeSpan.FromSeconds(10);
    private readonly object _gate = new();
    private readonly Dictionary<string, FontFace> _faces = new(StringComparer.Ordinal);
    private bool _fontconfigMissing;

    /// <inheritdoc />
    public FontFace? FaceFor(int codePoint, PdfFontStyle style)
    {
        lock (_gate)
        {
            return FromFontconfig(codePoint, style) ?? FromSkia(codePoint, style);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var face in _faces.Values)
            {
                face.Dispose();
            }

            _faces.Clear();
        }
    }

    private FontFace? FromFontconfig(int codePoint, PdfFontStyle style)
    {
        if (_fontconfigMissing)
        {
            return null;
        }

        var pattern = string.Create(CultureInfo.InvariantCulture, $":charset={codePoint:x}") + (style == PdfFontStyle.Bold ? ":weight=bold" : "");
        var info = new ProcessStartInfo("fc-match")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        info.ArgumentList.Add("-f");
        info.ArgumentList.Add("%{file}\t%{index}");
        info.ArgumentList.Add(pattern);
        string output;
        try
        {
            using var process = Process.Start(info);
            if (process is null)
            {
                _fontconfigMissing = true;
                return null;
            }

            output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(FcMatchTimeout))
            {
                process.Kill();
                return null;
            }
        }
        catch (Win32Exception)
        {
            _fontconfigMissing = true;
            return null;
        }

        var parts = output.Trim().Split('\t');
        if (parts.Length != 2 || !File.Exists(parts[0]) || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return null;
        }

        var key = parts[0] + "#" + parts[1];
        if (!_faces.TryGetValue(key, out var face))
        {
            try
            {
                face = FontFace.Load(parts[0], index);
            }
            catch (IOException)
            {
                return null;
            }

            _faces[key] = face;
        }

        return face.GlyphFor(codePoint) is null ? null : face;
    }

    private FontFace? FromSkia(int codePoint, PdfFontStyle style)
    {
        var weight = style == PdfFontStyle.Bold ? SKFontStyleWeight.Bold : SKFontStyleWeight.Normal;
        using var typeface = SKFontManager.Default.MatchCharacter(null, weight, SKFontStyleWidth.Normal, SKFontStyleSlant.Upright, null, codePoint);
        if (typeface is null || typeface.GetGlyph(codePoint) == 0)
        {
            return null;
        }

        var key = "skia:" + typeface.FamilyName + "#" + typeface.FontWeight.ToString(CultureInfo.InvariantCulture);
        if (!_faces.TryGetValue(key, out var face))
        {
            using var stream = typeface.OpenStream(out int index);
            if (stream is null)
            {
                return null;
            }

            using var data = SKData.Create(stream);
            face = FontFace.FromBytes(data.ToArray(), index);
            _faces[key] = face;
        }

        return face.GlyphFor(codePoint) is null ? null : face;
    }
}
