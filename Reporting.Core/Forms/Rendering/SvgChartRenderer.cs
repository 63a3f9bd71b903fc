using System.Globalization;
using System.Text.RegularExpressions;
using Reporting.Core.Pdf.Canvas;
using Reporting.Core.Pdf.Fonts;
using SkiaSharp;

namespace Reporting.Core.Forms.Rendering;

/// <summary>Draws a form's <see cref="ChartBlock"/> as SVG: the same plot as in the PDF (<see cref="FormCharts"/>) set
/// in the same typefaces (<see cref="ChartFonts"/>), so screen and paper show one chart. The SVG names the font family
/// (for example DejaVu Sans); text positions are fixed, so a viewer without that font keeps the layout.</summary>
internal sealed partial class SvgChartRenderer : IDisposable
{
    private readonly SKTypeface? _regular;
    private readonly SKTypeface? _bold;
    private readonly ChartFonts.Registration? _fonts;

    private SvgChartRenderer(SKTypeface? regular, SKTypeface? bold)
    {
        _regular = regular;
        _bold = bold;
        _fonts = regular is not null && bold is not null ? ChartFonts.Register(regular, bold) : null;
    }

    /// <summary>A renderer using the fonts the PDF forms would use; without a usable font ScottPlot's own choice.</summary>
    public static SvgChartRenderer Create(FontResolverOptions options)
    {
        try
        {
            if (options.FontFolder is null)
            {
                // The fonts the program ships, as the PDF forms use them.
                return new SvgChartRenderer(SKTypeface.FromData(SKData.CreateCopy(ShippedFonts.Regular)),
                    SKTypeface.FromData(SKData.CreateCopy(ShippedFonts.Bold)));
            }
            var files = FontResolver.Resolve(options.FontFolder);
            return new SvgChartRenderer(SKTypeface.FromFile(files.Regular), SKTypeface.FromFile(files.Bold));
        }
        catch (FontNotFoundException)
        {
            return new SvgChartRenderer(null, null);
        }
    }

    /// <summary>The font family the charts are set in, or null for ScottPlot's default.</summary>
    public string? FamilyName => _regular?.FamilyName;

    /// <summary>The chart as an SVG document of <paramref name="width"/> × <paramref name="height"/> pixels.</summary>
    public string Render(ChartBlock chart, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        var plot = FormCharts.ToPlot(chart);
        if (_fonts is not null)
        {
            plot.Font.Set(_fonts.FamilyName);
        }
        return Renumbered(plot.GetSvgXml(width, height));
    }

    /// <summary>Skia names clip paths after a counter shared by the whole process (<c>cl_4</c>, <c>cl_8</c>, …); numbered
    /// again per document, in order of appearance, the same chart is the same bytes every time.</summary>
    private static string Renumbered(string svg)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        return ClipPathId().Replace(svg, m =>
        {
            if (!names.TryGetValue(m.Value, out var name))
            {
                name = "clip" + (names.Count + 1).ToString(CultureInfo.InvariantCulture);
                names[m.Value] = name;
            }
            return name;
        });
    }

    [GeneratedRegex(@"\bcl_[0-9a-f]+\b")]
    private static partial Regex ClipPathId();

    public void Dispose()
    {
        _fonts?.Dispose();
        _regular?.Dispose();
        _bold?.Dispose();
    }
}
