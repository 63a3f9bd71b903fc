using System.Collections.Concurrent;
using System.Globalization;
using ScottPlot;
using SkiaSharp;

namespace Reporting.Core.Pdf.Canvas;

/// <summary>
/// Lets ScottPlot draw with the document's own (subset) typefaces: each PDF canvas registers its pair under a unique
/// family name, which this resolver answers. Without it ScottPlot picks a serif on Linux and embeds a third font.
/// </summary>
internal sealed class ChartFonts : IFontResolver
{
    private static readonly ConcurrentDictionary<string, (SKTypeface Regular, SKTypeface Bold)> Registered = new(StringComparer.Ordinal);
    private static readonly Lazy<bool> Installed = new(() =>
    {
        ScottPlot.Fonts.FontResolvers.Insert(0, new ChartFonts());
        return true;
    });

    private static int _counter;

    public static Registration Register(SKTypeface regular, SKTypeface bold)
    {
        _ = Installed.Value;
        string name = "FundingReports Sans " + Interlocked.Increment(ref _counter).ToString(CultureInfo.InvariantCulture);
        Registered[name] = (regular, bold);
        return new Registration(name);
    }

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
        CreateTypeface(fontName, weight >= FontWeight.SemiBold, slant != FontSlant.Upright);

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        fontName is not null && Registered.TryGetValue(fontName, out var pair) ? (bold ? pair.Bold : pair.Regular) : null;

    /// <summary>Removes the family again when the canvas is disposed.</summary>
    public sealed class Registration(string familyName) : IDisposable
    {
        public string FamilyName { get; } = familyName;

        public void Dispose() => Registered.TryRemove(FamilyName, out _);
    }
}
