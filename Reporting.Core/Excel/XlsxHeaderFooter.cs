namespace Reporting.Core.Excel;

/// <summary>Building blocks for Excel's header/footer codes (<c>&amp;P</c> page, <c>&amp;N</c> pages, <c>&amp;&amp;</c> a literal ampersand).</summary>
public static class XlsxHeaderFooter
{
    public const string Page = "&P";
    public const string Pages = "&N";
    public const string SheetName = "&A";
    public const string NewLine = "\n";

    /// <summary>"Seite &amp;P von &amp;N", shown as "Seite 2 von 5".</summary>
    public const string PageOfPages = "Seite " + Page + " von " + Pages;

    /// <summary>A text taken literally: every <c>&amp;</c> is doubled so Excel does not read it as a code.</summary>
    public static string Literal(string? text) => (text ?? "").Replace("&", "&&", StringComparison.Ordinal);

    /// <summary>Joins the three sections into one code (<c>&amp;L…&amp;C…&amp;R…</c>), checking Excel's length limit.</summary>
    public static string Combine(string left, string center, string right)
    {
        var code = (left.Length > 0 ? "&L" + left : "") + (center.Length > 0 ? "&C" + center : "") + (right.Length > 0 ? "&R" + right : "");
        if (code.Length > XlsxPrintSetup.MaxHeaderFooterLength)
        {
            throw new ArgumentException(
                $"Header/footer '{code}' has {code.Length} characters; Excel allows at most {XlsxPrintSetup.MaxHeaderFooterLength}.");
        }
        return code;
    }
}
