using Reporting.Core.Import;

namespace Reporting.Cli;

/// <summary>The import's <see cref="ImportProgress"/> on a <see cref="ProgressLine"/>:
/// <c>import expenditures.csv: 412,000 rows …</c>, then <c>import: writing 1,250,871 rows into the database …</c>.
/// A report comes every <see cref="ImportProgress.Every"/> rows; each one looks at the clock once.</summary>
public sealed class ImportProgressLine(ProgressLine line, string what = "import") : IProgress<ImportProgress>
{
    public void Report(ImportProgress value)
    {
        ArgumentNullException.ThrowIfNull(line);
        line.Set(value.Storing
            ? $"{what}: writing {ProgressLine.Count(value.Rows)} rows into the database …"
            : $"{what} {value.File}: {ProgressLine.Count(value.Rows)} rows …");
        line.Tick();
    }
}
