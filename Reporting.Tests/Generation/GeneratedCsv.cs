using System.Globalization;
using System.Text;

namespace Reporting.Tests.Generation;

/// <summary>Reads a generated file back without the importer, so tests can compare the importer's and the engine's
/// results with an independent reading: header and rows as cells (RFC 4180 quotes), German amounts and dates.</summary>
internal sealed class GeneratedCsv
{
    private GeneratedCsv(string[] header, List<string[]> rows) => (Header, Rows) = (header, rows);

    public string[] Header { get; }
    public List<string[]> Rows { get; }

    public static GeneratedCsv Read(string path)
    {
        var lines = File.ReadAllText(path, Encoding.UTF8).Split("\r\n");
        Assert.That(lines[^1], Is.Empty, "every line ends with CRLF");
        var rows = lines.Skip(1).SkipLast(1).Select(Split).ToList();
        return new GeneratedCsv(Split(lines[0]), rows);
    }

    /// <summary>The cells of the rows whose column <paramref name="column"/> holds <paramref name="value"/>.</summary>
    public IEnumerable<string[]> Where(string column, string value)
    {
        int c = Column(column);
        return Rows.Where(r => r[c] == value);
    }

    public int Column(string name) => Array.IndexOf(Header, name) is >= 0 and var i ? i : throw new ArgumentException(name);

    public static decimal Amount(string text) =>
        decimal.Parse(text.Replace(".", "", StringComparison.Ordinal).Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    public static DateOnly Date(string text) => DateOnly.ParseExact(text, "dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static string[] Split(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ';')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(ch);
            }
        }
        cells.Add(cell.ToString());
        return [.. cells];
    }
}
