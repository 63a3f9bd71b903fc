using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Reporting.Web.Html;

/// <summary>Writes HTML in which every text and attribute value is encoded: there is no way to add markup from a string.
/// Tag and attribute names must be plain lower-case names; links (<c>href</c>, <c>src</c>, <c>action</c>) must be
/// paths on this site. The output is also well-formed XML (void elements are closed, no named entities), so tests can
/// read a page with an XML parser.</summary>
internal sealed partial class HtmlBuilder
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal) { "meta", "link", "img", "input", "br", "hr" };
    private static readonly HashSet<string> UrlAttributes = new(StringComparer.Ordinal) { "href", "src", "action" };

    private readonly StringBuilder _html = new(16 * 1024);
    private readonly Stack<string> _open = new();

    /// <summary>Starts a document: doctype and the opening <c>html</c> element in German.</summary>
    public static HtmlBuilder Document()
    {
        var builder = new HtmlBuilder();
        builder._html.Append("<!DOCTYPE html>\n");
        builder.Open("html", ("lang", "de"));
        return builder;
    }

    /// <summary>Opens an element; close it with <see cref="Close"/> or use the returned scope in a <c>using</c>.</summary>
    public Scope Open(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        StartTag(tag, attributes);
        if (VoidElements.Contains(tag))
        {
            throw new ArgumentException($"<{tag}> is a void element; use Void", nameof(tag));
        }
        _html.Append('>');
        _open.Push(tag);
        return new Scope(this);
    }

    /// <summary>Closes the innermost open element.</summary>
    public HtmlBuilder Close()
    {
        _html.Append("</").Append(_open.Pop()).Append('>');
        return this;
    }

    /// <summary>An element with only text inside: <c>&lt;td class="n"&gt;1.234&lt;/td&gt;</c>.</summary>
    public HtmlBuilder Element(string tag, string? text, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        using (Open(tag, attributes))
        {
            Text(text);
        }
        return this;
    }

    /// <summary>A void element (<c>meta</c>, <c>link</c>, <c>img</c>, <c>input</c>, <c>br</c>, <c>hr</c>).</summary>
    public HtmlBuilder Void(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        if (!VoidElements.Contains(tag))
        {
            throw new ArgumentException($"<{tag}> is not a void element", nameof(tag));
        }
        StartTag(tag, attributes);
        _html.Append(" />");
        return this;
    }

    /// <summary>Text, encoded.</summary>
    public HtmlBuilder Text(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            _html.Append(Encoder.Encode(text));
        }
        return this;
    }

    /// <summary>The document so far; every element opened must have been closed (the <c>html</c> element of
    /// <see cref="Document"/> is closed here).</summary>
    public override string ToString()
    {
        if (_open.Count == 1 && _open.Peek() == "html")
        {
            Close();
        }
        if (_open.Count > 0)
        {
            throw new InvalidOperationException($"unclosed elements: {string.Join(", ", _open)}");
        }
        return _html.ToString();
    }

    private void StartTag(string tag, ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        if (!NamePattern().IsMatch(tag))
        {
            throw new ArgumentException($"'{tag}' is not a tag name", nameof(tag));
        }
        _html.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }
            if (!NamePattern().IsMatch(name) || name.StartsWith("on", StringComparison.Ordinal) || name == "style")
            {
                throw new ArgumentException($"'{name}' is not an allowed attribute", nameof(attributes));
            }
            if (UrlAttributes.Contains(name) && !IsLocalUrl(value))
            {
                throw new ArgumentException($"{name}='{value}' is not a path on this site", nameof(attributes));
            }
            _html.Append(' ').Append(name).Append("=\"");
            _html.Append(Encoder.Encode(value));
            _html.Append('"');
        }
    }

    /// <summary>A path on this site (<c>/…</c> but not <c>//…</c>), a query (<c>?…</c>) or a fragment (<c>#…</c>).</summary>
    private static bool IsLocalUrl(string url) =>
        (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal))
        || url.StartsWith('?') || url.StartsWith('#');

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex NamePattern();

    /// <summary>Closes its element when disposed.</summary>
    public readonly struct Scope(HtmlBuilder builder) : IDisposable
    {
        public void Dispose() => builder.Close();
    }
}
