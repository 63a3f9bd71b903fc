using Reporting.Core.Pdf.Canvas;
using Reporting.Core.Pdf.Fonts;
using Reporting.Core.Pdf.Layout;
using Reporting.Core.Pdf.Text;

namespace Reporting.Core.Pdf.Document;

/// <summary>
/// Composes a document from elements stacked down the page body, with a header and footer on every page.
/// Layout runs twice: a pagination pass (counts pages, collects glyphs for the font subset), then the drawing pass,
/// so "Seite X von Y" knows Y.
/// </summary>
internal sealed partial class PdfDocumentBuilder
{
    private readonly List<Element> _elements = new();

    /// <summary>Starts a document; A4 portrait unless <paramref name="layout"/> says otherwise.</summary>
    public PdfDocumentBuilder(PageLayout? layout = null)
    {
        Layout = layout ?? PageLayout.A4Portrait;
    }

    /// <summary>Page size and margins.</summary>
    public PageLayout Layout { get; }

    /// <summary>Header and footer texts.</summary>
    public PageDecoration Decoration { get; private set; } = new();

    /// <summary>Document information; a title-less default when not set.</summary>
    public PdfMetadata? Metadata { get; private set; }

    /// <summary>The body elements in order.</summary>
    public IReadOnlyList<Element> Elements => _elements;

    /// <summary>Sets the document information.</summary>
    public PdfDocumentBuilder WithMetadata(PdfMetadata metadata)
    {
        Metadata = metadata ?? throw new ArgumentNullException(nameof(metadata));
        return this;
    }

    /// <summary>Header: form title on the left (bold), project / period on the right.</summary>
    public PdfDocumentBuilder WithHeader(string? left, string? right)
    {
        Decoration = Decoration with { HeaderLeft = left, HeaderRight = right };
        return this;
    }

    /// <summary>Footer: e.g. "erstellt am 02.10.2018" left, "Datenstand 30.09.2018" centre, page label right.</summary>
    public PdfDocumentBuilder WithFooter(string? left, string? center, Func<int, int, string>? pageLabel = null)
    {
        Decoration = Decoration with { FooterLeft = left, FooterCenter = center, PageLabel = pageLabel };
        return this;
    }

    /// <summary>Appends an element to the body.</summary>
    public PdfDocumentBuilder Add(Element element)
    {
        _elements.Add(element ?? throw new ArgumentNullException(nameof(element)));
        return this;
    }

    /// <summary>Appends several elements.</summary>
    public PdfDocumentBuilder AddRange(IEnumerable<Element> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        foreach (var item in items)
        {
            Add(item);
        }

        return this;
    }

    /// <summary>Lays the document out onto any canvas (e.g. <see cref="RecordingCanvas"/>) and returns the page count.</summary>
    public int DrawTo(IPdfCanvas canvas, FontSet fonts)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        var text = new TextShaper(fonts);
        int pages = PageComposer.Run(_elements, Layout, Decoration, text, new GlyphCollectingCanvas(), 0);
        return PageComposer.Run(_elements, Layout, Decoration, text, canvas, pages);
    }
}
