using System.Diagnostics;
using System.Globalization;
using Reporting.Core.Pdf.Document;
using Reporting.Core.Pdf.Layout;
using Reporting.Core.Pdf.Elements;
using Reporting.Core.Pdf.Fonts;

namespace Reporting.Bench.Writers;

/// <summary>Figures from one <see cref="PdfBench.Run"/>.</summary>
/// <param name="Rows">Table rows rendered.</param>
/// <param name="Pages">Pages written.</param>
/// <param name="Elapsed">Wall time for layout and writing (fonts loaded before the clock starts).</param>
/// <param name="Bytes">Size of the PDF.</param>
/// <param name="ManagedHeapGrowth">Managed heap after the run minus before it (after full GCs), in bytes.</param>
/// <param name="CpuTime">Process CPU time used during the run (fairer than wall time on a shared machine).</param>
public sealed record PdfBenchResult(int Rows, int Pages, TimeSpan Elapsed, long Bytes, long ManagedHeapGrowth, TimeSpan CpuTime)
{
    /// <summary>Pages per second of wall time.</summary>
    public double PagesPerSecond => Pages / Elapsed.TotalSeconds;

    /// <summary>Pages per second of CPU time.</summary>
    public double PagesPerCpuSecond => Pages / CpuTime.TotalSeconds;

    /// <summary>One line for the CLI, invariant culture.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Rows} rows, {Pages} pages in {Elapsed.TotalMilliseconds:0} ms = {PagesPerSecond:0} pages/s (CPU {CpuTime.TotalMilliseconds:0} ms = {PagesPerCpuSecond:0} pages/s), {Bytes / 1024.0:0} KiB, managed heap +{ManagedHeapGrowth / 1048576.0:0.0} MiB");
}

/// <summary>
/// Benchmark for the CLI's <c>bench</c> command: a synthetic expenditure table of <c>rows</c> rows (lazy rows, so
/// the input itself costs no memory) rendered to <c>output</c>. Not a unit test: figures go to docs/benchmarks.md.
/// </summary>
public static class PdfBench
{
    /// <summary>
    /// Renders the table with fonts from <paramref name="fontOptions"/> (the shipped DejaVu Sans when null), after an untimed
    /// warm-up of 3,000 rows so JIT compilation and tiering are not measured.
    /// </summary>
    public static PdfBenchResult Run(int rows, Stream output, FontResolverOptions? fontOptions = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var fonts = FontResolver.Load(fontOptions ?? new FontResolverOptions(null));
        Build(3000).Render(Stream.Null, fonts);
        var builder = Build(rows);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        long before = GC.GetTotalMemory(forceFullCollection: true);
        long start = output.CanSeek ? output.Position : 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = builder.Render(output, fonts);
        clock.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        long after = GC.GetTotalMemory(forceFullCollection: true);
        long bytes = output.CanSeek ? output.Position - start : 0;
        return new PdfBenchResult(rows, result.Pages, clock.Elapsed, bytes, after - before, cpu);
    }

    private static PdfDocumentBuilder Build(int rows)
    {
        var created = new DateTime(2018, 10, 2, 0, 0, 0, DateTimeKind.Utc);
        var builder = new PdfDocumentBuilder()
            .WithMetadata(new PdfMetadata("Benchmark", "FundingReports", "Tabelle", "FundingReports", "FundingReports", created, created))
            .WithHeader("Einzelaufstellung der Ausgaben", "Benchmark")
            .WithFooter("erstellt am 02.10.2018", "Datenstand 30.09.2018")
            .Add(new Table(
                [TableColumn.Number("Nr.", 40), TableColumn.Text("Ausgabeart", 3), new TableColumn("Datum", ColumnWidth.Fixed(60)), TableColumn.Number("Betrag", 80)],
                new SyntheticRows(rows),
                "Einzelaufstellung der Ausgaben"));
        return builder;
    }

    private sealed class SyntheticRows(int count) : IReadOnlyList<TableRow>
    {
        private static readonly string[] Kinds = ["Personalausgaben", "Sachausgaben Büro", "Reisekosten", "Miete und Nebenkosten", "Honorare für Dozentinnen und Dozenten"];

        public int Count => count;

        public TableRow this[int index] => TableRow.Of(
            (index + 1).ToString(CultureInfo.InvariantCulture),
            Kinds[index % Kinds.Length],
            new DateOnly(2018, 1 + (index % 12), 1 + (index % 28)).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
            Reporting.Core.Text.GermanFormat.Euro(new Reporting.Core.Domain.Money((index * 37.13m) % 100_000m)));

        public IEnumerator<TableRow> GetEnumerator()
        {
            for (int i = 0; i < count; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
