namespace Reporting.Core.Excel;

/// <summary>
/// How a sheet prints: always A4 and fitted to one page wide (as many pages tall as needed), the header row repeated
/// on every page, and header/footer texts. The six texts are Excel header/footer codes: build them with
/// <see cref="XlsxHeaderFooter"/> so that a <c>&amp;</c> in a project name stays a literal ampersand.
/// </summary>
public sealed record XlsxPrintSetup
{
    /// <summary>Excel's paper size code for A4.</summary>
    public const int PaperSizeA4 = 9;

    /// <summary>Excel's limit for one header or footer (all three sections together, codes included); longer ones
    /// are shortened (<see cref="XlsxHeaderFooter.Fit"/>).</summary>
    public const int MaxHeaderFooterLength = 255;

    public bool Landscape { get; init; }

    /// <summary>Print landscape also when the columns together are wider than this many characters (for sheets whose
    /// widths come from the data); <see langword="null"/>: only as <see cref="Landscape"/> says.</summary>
    public double? LandscapeAboveWidth { get; init; }

    /// <summary>Repeat the header row (and title lines above it, if any, are not repeated) at the top of each page.</summary>
    public bool RepeatHeaderRow { get; init; } = true;

    public string HeaderLeft { get; init; } = "";
    public string HeaderCenter { get; init; } = "";
    public string HeaderRight { get; init; } = "";
    public string FooterLeft { get; init; } = "";
    public string FooterCenter { get; init; } = "";
    public string FooterRight { get; init; } = XlsxHeaderFooter.PageOfPages;

    /// <summary>
    /// The usual report layout: form and project on the left of the header, the period on the right, and
    /// "Seite 1 von 3" on the right of the footer. All three texts are taken literally.
    /// </summary>
    public static XlsxPrintSetup ForReport(string form, string project, string period, bool landscape = false) => new()
    {
        Landscape = landscape,
        HeaderLeft = XlsxHeaderFooter.Literal(form) + XlsxHeaderFooter.NewLine + XlsxHeaderFooter.Literal(project),
        HeaderRight = XlsxHeaderFooter.Literal(period),
        FooterRight = XlsxHeaderFooter.PageOfPages,
    };

    /// <summary>The <c>oddHeader</c> code, e.g. <c>&amp;LForm&amp;RPeriod</c>; empty when there is no header.</summary>
    public string HeaderCode => XlsxHeaderFooter.Combine(HeaderLeft, HeaderCenter, HeaderRight);

    /// <summary>The <c>oddFooter</c> code.</summary>
    public string FooterCode => XlsxHeaderFooter.Combine(FooterLeft, FooterCenter, FooterRight);
}
