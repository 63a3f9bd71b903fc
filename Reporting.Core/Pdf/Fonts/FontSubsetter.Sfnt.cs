using System.Buffers.Binary;
using System.Text;

namespace Reporting.Core.Pdf.Fonts;

public static partial class FontSubsetter
{
    private static Dictionary<string, ReadOnlyMemory<byte>> ReadTables(byte[] font)
    {
        int count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var tables = new Dictionary<string, ReadOnlyMemory<byte>>(StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            var record = font.AsSpan(12 + (16 * i), 16);
            string tag = Encoding.ASCII.GetString(record[..4]);
            int offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            int length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            tables[tag] = font.AsMemory(offset, length);
        }

        return tables;
    }

    private static uint[] ReadLoca(ReadOnlySpan<byte> loca, int numGlyphs, bool longFormat)
    {
        var offsets = new uint[numGlyphs + 1];
        for (int g = 0; g <= numGlyphs; g++)
        {
            offsets[g] = longFormat
                ? BinaryPrimitives.ReadUInt32BigEndian(loca[(g * 4)..])
                : BinaryPrimitives.ReadUInt16BigEndian(loca[(g * 2)..]) * 2u;
        }

        return offsets;
    }

    private static byte[] Write(ReadOnlySpan<byte> sfntVersion, SortedDictionary<string, byte[]> tables)
    {
        int count = tables.Count;
        int entrySelector = (int)Math.Floor(Math.Log2(count));
        int searchRange = (1 << entrySelector) * 16;
        int headerSize = 12 + (16 * count);
        int total = headerSize + tables.Values.Sum(t => Pad4(t.Length));
        var output = new byte[total];
        sfntVersion.CopyTo(output);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(4), (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(6), (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(8), (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(10), (ushort)((count * 16) - searchRange));
        int offset = headerSize;
        int index = 0;
        int headOffset = 0;
        foreach (var (tag, data) in tables)
        {
            var record = output.AsSpan(12 + (16 * index), 16);
            Encoding.ASCII.GetBytes(tag, record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data.Length);
            data.CopyTo(output, offset);
            if (tag == "head")
            {
                headOffset = offset;
            }

            offset += Pad4(data.Length);
            index++;
        }

        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(headOffset + 8), unchecked(0xB1B0AFBA - Checksum(output)));
        return output;
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        int i = 0;
        for (; i + 4 <= data.Length; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(data[i..]));
        }

        if (i < data.Length)
        {
            Span<byte> tail = stackalloc byte[4];
            tail.Clear();
            data[i..].CopyTo(tail);
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(tail));
        }

        return sum;
    }

    private static int Pad4(int length) => (length + 3) & ~3;
}
