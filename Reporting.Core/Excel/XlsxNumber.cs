using System.Buffers.Text;
using System.Globalization;

namespace Reporting.Core.Excel;

/// <summary>
/// A cell value as the <c>&lt;v&gt;</c> text of a number: invariant, no exponent, no trailing zeros after the point
/// (<c>1234.50m</c> → <c>1234.5</c>, <c>-0.00m</c> → <c>0</c>). The value read back is the same decimal.
/// </summary>
internal static class XlsxNumber
{
    /// <summary>Bytes <see cref="Format"/> may need: 29 digits, a sign, a point and "0.".</summary>
    public const int MaxLength = 32;

    /// <summary>Writes <paramref name="value"/> into <paramref name="destination"/> (at least <see cref="MaxLength"/> bytes) and returns the length.</summary>
    public static int Format(decimal value, Span<byte> destination)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        if (bits[2] != 0)
        {
            // More than 64 bits of digits: rare, the runtime's formatter does it.
            value.TryFormat(destination, out var length, default, CultureInfo.InvariantCulture);
            return length;
        }
        var mantissa = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        var scale = (bits[3] >> 16) & 0xFF;
        if (mantissa == 0)
        {
            destination[0] = (byte)'0';
            return 1;
        }
        while (scale > 0 && mantissa % 10 == 0)
        {
            mantissa /= 10;
            scale--;
        }
        var position = 0;
        if (bits[3] < 0)
        {
            destination[position++] = (byte)'-';
        }
        if (scale == 0)
        {
            Utf8Formatter.TryFormat(mantissa, destination[position..], out var written);
            return position + written;
        }
        Span<byte> digits = stackalloc byte[20];
        Utf8Formatter.TryFormat(mantissa, digits, out var count);
        if (count > scale)
        {
            var whole = count - scale;
            digits[..whole].CopyTo(destination[position..]);
            position += whole;
            destination[position++] = (byte)'.';
            digits[whole..count].CopyTo(destination[position..]);
            return position + scale;
        }
        destination[position++] = (byte)'0';
        destination[position++] = (byte)'.';
        destination.Slice(position, scale - count).Fill((byte)'0');
        position += scale - count;
        digits[..count].CopyTo(destination[position..]);
        return position + count;
    }
}
