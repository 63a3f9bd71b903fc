using Reporting.Core.Figures;
using Reporting.Core.Import;

namespace Reporting.Core.Reports;

/// <summary>Reads the <c>--planned</c> file of a Mittelabruf: one row per cost category and amount due in the next two
/// calendar months. German style (<c>;</c>, <c>1.234,56</c>) or <c>,</c> with a decimal point; UTF-8 or Windows-1252;
/// an optional header row (<c>Kostenart;Betrag</c>, <c>cost_category,amount</c>). Several rows of one category add up.</summary>
internal static class PlannedPaymentsFile
{
    /// <summary>The payments, or every problem as <c>file line N, column C: problem</c>.</summary>
    public static (IReadOnlyList<PlannedPayment>? Payments, IReadOnlyList<string> Problems) Read(string path)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            return (null, [$"{path}: file of planned payments not found"]);
        }
        using var csv = CsvFile.Open(ImportFile.Read(path, name));
        var records = new List<CsvRecord>();
        while (csv.Read() is { } record)
        {
            if (records.Count > 10_000)
            {
                return (null, [$"{name}: more than 10,000 rows; a file of planned payments has one row per cost category"]);
            }
            records.Add(record);
        }
        if (csv.TooLongLine is { } tooLong)
        {
            return (null, [$"{name} line {tooLong}: the line is longer than 1 MB"]);
        }
        if (csv.UnterminatedQuoteLine is { } open)
        {
            return (null, [$"{name} line {open}: a quoted cell is never closed"]);
        }
        var rows = new List<CsvRecord>();
        if (records.Count > 0)
        {
            var header = records[0];
            var amountCell = header.Fields.Count > 1 ? header.Fields[1].Trim() : "";
            if (CellParsers.Decimal(amountCell, csv.Delimiter).Success)
            {
                rows.Add(header); // no header row: the first line is data
            }
            rows.AddRange(records.Skip(1));
        }

        var problems = new List<string>();
        var payments = new List<PlannedPayment>();
        foreach (var row in rows)
        {
            var category = row.Fields.Count > 0 ? row.Fields[0].Trim() : "";
            var amountText = row.Fields.Count > 1 ? row.Fields[1].Trim() : "";
            if (row.Fields.Count > 2 && row.Fields.Skip(2).Any(f => f.Trim().Length > 0))
            {
                problems.Add($"{name} line {row.Line}: expected two columns (cost category{csv.Delimiter} amount), found {row.Fields.Count}");
                continue;
            }
            if (category.Length == 0)
            {
                problems.Add($"{name} line {row.Line}, column 1 (cost category): is empty");
            }
            var amount = amountText.Length == 0
                ? Domain.ParseResult<Domain.Money>.Fail("is empty")
                : CellParsers.Money(amountText, csv.Delimiter);
            if (!amount.Success)
            {
                problems.Add($"{name} line {row.Line}, column 2 (amount): {amount.Error}");
            }
            else if (category.Length > 0)
            {
                payments.Add(new PlannedPayment(category, amount.Value));
            }
        }
        if (problems.Count == 0 && payments.Count == 0)
        {
            problems.Add($"{name}: no planned payments (expected rows of cost category and amount)");
        }
        return problems.Count > 0 ? (null, problems) : (payments, []);
    }
}
