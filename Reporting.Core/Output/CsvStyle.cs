using System.Text;

namespace Reporting.Core.Output;

/// <summary>How a CSV file is written. <see cref="German"/> (default): <c>;</c>, decimal comma, dd.MM.yyyy, UTF-8 with BOM,
/// as German Excel opens it. <see cref="Iso"/>: <c>,</c>, decimal point, ISO dates, UTF-8 without BOM, for scripts.</summary>
public sealed record CsvStyle(string Name, char Delimiter, bool DecimalComma, string DateFormat, bool ByteOrderMark)
{
    public static readonly CsvStyle German = new("de", ';', true, Text.GermanFormat.DatePattern, true);
    public static readonly CsvStyle Iso = new("iso", ',', false, Text.GermanFormat.IsoDatePattern, false);

    /// <summary><c>de</c> or <c>iso</c> (case-insensitive); null for anything else.</summary>
    public static CsvStyle? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "de" => German,
        "iso" => Iso,
        _ => null,
    };

    public Encoding Encoding => new UTF8Encoding(ByteOrderMark);
}
