namespace Reporting.Core.Pdf.Fonts;

/// <summary>The regular and bold faces a document is set in.</summary>
public sealed class FontSet : IDisposable
{
    /// <summary>Wraps two loaded faces; the set owns and disposes them.</summary>
    public FontSet(FontFace regular, FontFace bold)
    {
        Regular = regular;
        Bold = bold;
    }

    /// <summary>The regular face.</summary>
    public FontFace Regular { get; }

    /// <summary>The bold face.</summary>
    public FontFace Bold { get; }

    /// <summary>Loads the two files found by <see cref="FontResolver"/>.</summary>
    public static FontSet Load(FontFiles files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return new FontSet(FontFace.Load(files.Regular), FontFace.Load(files.Bold));
    }

    /// <summary>The face for a style.</summary>
    public FontFace this[PdfFontStyle style] => style == PdfFontStyle.Bold ? Bold : Regular;

    /// <inheritdoc />
    public void Dispose()
    {
        Regular.Dispose();
        Bold.Dispose();
    }
}
