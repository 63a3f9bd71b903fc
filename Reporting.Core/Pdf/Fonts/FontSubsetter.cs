using System.Buffers.Binary;

namespace Reporting.Core.Pdf.Fonts;

/// <summary>
/// Shrinks a TrueType font for embedding: glyph ids stay as they are, but the outlines (and metrics) of glyphs the
/// document does not use are emptied. Components of kept composite glyphs are kept. Shaping tables (GSUB, GPOS,
/// kern) and glyph names are dropped because text is shaped with the full font before drawing; cmap stays so the
/// PDF's ToUnicode map (text extraction) is complete.
/// </summary>
public static partial class FontSubsetter
{
    private static readonly string[] KeptTables = ["OS/2", "cmap", "cvt ", "fpgm", "gasp", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post", "prep"];

    /// <summary>Returns a font file in which only <paramref name="glyphs"/> (plus .notdef and composite parts) have outlines.</summary>
    public static byte[] Subset(byte[] font, IEnumerable<ushort> glyphs)
    {
        ArgumentNullException.ThrowIfNull(font);
        ArgumentNullException.ThrowIfNull(glyphs);
        var tables = ReadTables(font);
        foreach (var required in new[] { "head", "maxp", "loca", "glyf", "hhea", "hmtx" })
        {
            if (!tables.ContainsKey(required))
            {
                throw new InvalidDataException($"Font has no '{required}' table; only TrueType outlines can be subset.");
            }
        }

        var head = tables["head"].ToArray();
        int numGlyphs = BinaryPrimitives.ReadUInt16BigEndian(tables["maxp"].Span[4..]);
        bool longLoca = BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(50)) == 1;
        var offsets = ReadLoca(tables["loca"].Span, numGlyphs, longLoca);
        var glyf = tables["glyf"];
        var keep = Closure(glyphs, glyf.Span, offsets, numGlyphs);

        var (newGlyf, newLoca) = RebuildGlyf(glyf.Span, offsets, keep, numGlyphs);
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1);
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0);

        var output = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["glyf"] = newGlyf,
            ["loca"] = newLoca,
            ["head"] = head,
            ["hmtx"] = EmptyUnusedMetrics(tables["hmtx"].ToArray(), tables["hhea"].Span, keep, numGlyphs),
        };
        foreach (var tag in KeptTables)
        {
            if (!output.ContainsKey(tag) && tables.TryGetValue(tag, out var data))
            {
                output[tag] = tag == "post" ? PostVersion3(data.Span) : data.ToArray();
            }
        }

        return Write(font.AsSpan(0, 4), output);
    }

    private static bool[] Closure(IEnumerable<ushort> glyphs, ReadOnlySpan<byte> glyf, uint[] offsets, int numGlyphs)
    {
        var keep = new bool[numGlyphs];
        var pending = new Stack<int>();
        pending.Push(0);
        foreach (var g in glyphs)
        {
            pending.Push(g);
        }

        while (pending.Count > 0)
        {
            int g = pending.Pop();
            if (g >= numGlyphs || keep[g])
            {
                continue;
            }

            keep[g] = true;
            foreach (var component in Components(glyf, offsets[g], offsets[g + 1]))
            {
                pending.Push(component);
            }
        }

        return keep;
    }

    private static List<int> Components(ReadOnlySpan<byte> glyf, uint start, uint end)
    {
        var result = new List<int>();
        if (end - start < 10 || BinaryPrimitives.ReadInt16BigEndian(glyf[(int)start..]) >= 0)
        {
            return result;
        }

        int p = (int)start + 10;
        ushort flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(glyf[p..]);
            result.Add(BinaryPrimitives.ReadUInt16BigEndian(glyf[(p + 2)..]));
            p += 4 + ((flags & 0x1) != 0 ? 4 : 2);
            p += (flags & 0x8) != 0 ? 2 : (flags & 0x40) != 0 ? 4 : (flags & 0x80) != 0 ? 8 : 0;
        }
        while ((flags & 0x20) != 0 && p < end);
        return result;
    }

    private static (byte[] Glyf, byte[] Loca) RebuildGlyf(ReadOnlySpan<byte> glyf, uint[] offsets, bool[] keep, int numGlyphs)
    {
        var data = new MemoryStream();
        var loca = new byte[(numGlyphs + 1) * 4];
        for (int g = 0; g < numGlyphs; g++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(g * 4), (uint)data.Length);
            if (keep[g] && offsets[g + 1] > offsets[g])
            {
                data.Write(glyf[(int)offsets[g]..(int)offsets[g + 1]]);
                while (data.Length % 4 != 0)
                {
                    data.WriteByte(0);
                }
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(numGlyphs * 4), (uint)data.Length);
        return (data.ToArray(), loca);
    }

    private static byte[] EmptyUnusedMetrics(byte[] hmtx, ReadOnlySpan<byte> hhea, bool[] keep, int numGlyphs)
    {
        int longMetrics = BinaryPrimitives.ReadUInt16BigEndian(hhea[34..]);
        for (int g = 0; g < numGlyphs; g++)
        {
            if (keep[g])
            {
                continue;
            }

            if (g < longMetrics)
            {
                hmtx.AsSpan(g * 4, 4).Clear();
            }
            else if ((longMetrics * 4) + ((g - longMetrics) * 2) + 2 <= hmtx.Length)
            {
                hmtx.AsSpan((longMetrics * 4) + ((g - longMetrics) * 2), 2).Clear();
            }
        }

        return hmtx;
    }

    private static byte[] PostVersion3(ReadOnlySpan<byte> post)
    {
        var result = post[..32].ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(result, 0x00030000);
        return result;
    }
}
