using Reporting.Core.Pdf.Fonts;
using SkiaSharp;

namespace Reporting.Tests.Pdf;

public sealed class FontSubsetterTests
{
    [Test]
    public void Subset_KeptGlyphsHaveOutlinesAndDroppedOnesAreEmpty()
    {
        var face = TestFonts.Set.Regular;
        ushort a = face.GlyphFor('A')!.Value;
        ushort b = face.GlyphFor('B')!.Value;

        using var typeface = SKTypeface.FromData(SKData.CreateCopy(FontSubsetter.Subset(face, [a], ['A'])));
        using var font = new SKFont(typeface, 100f);

        Assert.That(typeface, Is.Not.Null);
        using var pathA = font.GetGlyphPath(a);
        using var pathB = font.GetGlyphPath(b);
        Assert.That(pathA.IsEmpty, Is.False);
        Assert.That(pathB?.IsEmpty ?? true, Is.True, "a dropped glyph has no outline");
    }

    [Test]
    public void Subset_CompositeUmlaut_KeepsItsComponents()
    {
        var face = TestFonts.Set.Regular;
        ushort umlaut = face.GlyphFor('ü')!.Value;

        using var typeface = SKTypeface.FromData(SKData.CreateCopy(FontSubsetter.Subset(face, [umlaut])));
        using var font = new SKFont(typeface, 100f);
        using var path = font.GetGlyphPath(umlaut);
        using var original = new SKFont(SKTypeface.FromData(SKData.CreateCopy(face.Data)), 100f);
        using var originalPath = original.GetGlyphPath(umlaut);

        Assert.That(path.Bounds, Is.EqualTo(originalPath.Bounds));
    }

    [Test]
    public void Subset_FewGlyphs_MuchSmallerAndAdvancesOfKeptGlyphsUnchanged()
    {
        var face = TestFonts.Set.Regular;
        var text = "Seite 1 von 2";
        var glyphs = text.Select(c => face.GlyphFor(c)!.Value).Distinct().ToArray();

        var subset = FontSubsetter.Subset(face, glyphs, text.Select(c => (int)c));
        using var font = new SKFont(SKTypeface.FromData(SKData.CreateCopy(subset)), 10f) { LinearMetrics = true, Hinting = SKFontHinting.None };
        using var full = new SKFont(SKTypeface.FromData(SKData.CreateCopy(face.Data)), 10f) { LinearMetrics = true, Hinting = SKFontHinting.None };

        Assert.That(subset.Length, Is.LessThan(face.Data.Length / 10));
        Assert.That(font.GetGlyphWidths(glyphs), Is.EqualTo(full.GetGlyphWidths(glyphs)));
    }

    [Test]
    public void Subset_CharactersGiven_StayMappedInTheCmapSoTextExtracts()
    {
        var face = TestFonts.Set.Bold;
        var glyph = face.GlyphFor('ß')!.Value;

        using var typeface = SKTypeface.FromData(SKData.CreateCopy(FontSubsetter.Subset(face, [glyph], ['ß'])));

        Assert.That(typeface.GetGlyph('ß'), Is.EqualTo(glyph));
        Assert.That(typeface.GetGlyph('x'), Is.Zero, "characters not asked for are not mapped");
    }

    /// <summary>Random byte flips in a real font: HarfBuzz sanitises what it reads, so the subsetter either returns a
    /// font or throws <see cref="FontException"/>, never anything else (and never crashes the process).</summary>
    [Test]
    public void Subset_DamagedFontFiles_ReturnAFontOrThrowFontException()
    {
        var random = new Random(20_181_231);
        var original = ShippedFonts.Regular;
        var glyphs = "Zuwendung 1.234,56 €".Select(c => TestFonts.Set.Regular.GlyphFor(c)!.Value).ToArray();
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);

        for (var round = 0; round < 150; round++)
        {
            var damaged = (byte[])original.Clone();
            // The table directory and the tables the subsetter reads first are hit most often: flip there and anywhere.
            for (var flip = 0; flip < 1 + (round % 20); flip++)
            {
                var at = round % 3 == 0 ? random.Next(0, 400) : random.Next(0, damaged.Length);
                damaged[at] ^= (byte)random.Next(1, 256);
            }

            string outcome;
            try
            {
                outcome = FontSubsetter.Subset(damaged, glyphs).Length > 0 ? "font" : "empty";
            }
            catch (FontException)
            {
                outcome = nameof(FontException);
            }

            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        Assert.That(outcomes.Keys, Is.SubsetOf(new[] { "font", nameof(FontException) }));
    }
}
