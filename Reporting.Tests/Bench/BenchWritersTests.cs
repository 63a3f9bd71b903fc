using ClosedXML.Excel;
using Reporting.Bench.Writers;

namespace Reporting.Tests.Bench;

/// <summary>The xlsx comparison is fair only if both writers write the same rows: read back, cell by cell (50 rows, no timing).</summary>
public class BenchWritersTests
{
    [Test]
    public void XlsxWriters_SameRows_SameValuesInBothWorkbooks()
    {
        using var ours = new MemoryStream();
        using var mini = new MemoryStream();
        XlsxWriters.Write(XlsxWriters.Streaming, 50, ours);
        XlsxWriters.Write(XlsxWriters.MiniExcel, 50, mini);

        Assert.That(Values(mini), Is.EqualTo(Values(ours)));
        Assert.That(Values(ours), Has.Count.EqualTo(50 * MonthlyRows.ColumnCount));
    }

    /// <summary>Data cells (below the header row) as text of their numeric or string value.</summary>
    private static List<string> Values(MemoryStream xlsx)
    {
        xlsx.Position = 0;
        using var workbook = new XLWorkbook(xlsx);
        var sheet = workbook.Worksheet(1);
        var values = new List<string>();
        for (int row = 2; row <= 51; row++)
        {
            for (int column = 1; column <= MonthlyRows.ColumnCount; column++)
            {
                var cell = sheet.Cell(row, column);
                values.Add(cell.DataType switch
                {
                    XLDataType.Text => cell.GetString(),
                    XLDataType.DateTime => cell.GetDateTime().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    _ => cell.GetDouble().ToString("R", System.Globalization.CultureInfo.InvariantCulture),
                });
            }
        }
        return values;
    }
}
