using System.Diagnostics;
using System.Globalization;
using Reporting.Core.Reports;

namespace Reporting.Core.Generation;

/// <summary>One run of <c>generate</c>: the sizes checked, the data set written (<see cref="DataGenerator.Write"/>) and
/// timed, and what it tells about the files.</summary>
/// <param name="Folder">The folder the files were written into.</param>
/// <param name="Elapsed">How long writing them took.</param>
public sealed record GenerationRun(GenerationSummary Summary, string Folder, TimeSpan Elapsed)
{
    /// <summary>What is wrong with <paramref name="size"/>, in the words of the command's options; empty when nothing is.</summary>
    public static IReadOnlyList<string> Problems(GenerationSize size)
    {
        ArgumentNullException.ThrowIfNull(size);
        var problems = new List<string>();
        if (size.Projects < 1)
        {
            problems.Add("--projects must be at least 1");
        }
        if (size.Participants < 0)
        {
            problems.Add("--participants must not be negative");
        }
        if (size.Vouchers < 0)
        {
            problems.Add("--vouchers must not be negative");
        }
        if (problems.Count == 0 && size.OnlyProject is { } id && DataGenerator.IndexOf(size, id) is null)
        {
            problems.Add($"--only-project: '{id}' is not a project of this data set (ids run from "
                + $"{DataGenerator.ProjectId(0)} to {DataGenerator.ProjectId(size.Projects - 1)})");
        }
        return problems;
    }

    /// <summary>Checks the sizes, then writes the data set into <paramref name="folder"/>.</summary>
    /// <exception cref="ReportException">The sizes are wrong (<see cref="ReportErrorKind.Usage"/>, one line per
    /// <see cref="Problems"/>); nothing is written.</exception>
    public static GenerationRun Write(GenerationSize size, string folder)
    {
        var problems = Problems(size);
        if (problems.Count > 0)
        {
            throw new ReportException(ReportErrorKind.Usage, problems);
        }
        var clock = Stopwatch.StartNew();
        var summary = DataGenerator.Write(size, folder);
        clock.Stop();
        return new GenerationRun(summary, folder, clock.Elapsed);
    }

    /// <summary>One line per file with its rows, then the rows, time and speed of the whole and the project with the
    /// most vouchers.</summary>
    public void WriteTo(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (var file in Summary.Files)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(file.Path)}: {file.Rows} rows"));
        }
        var seconds = Math.Max(Elapsed.TotalSeconds, 1e-6);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Summary.Rows} rows in {Elapsed.TotalSeconds:0.00} s ({Summary.Rows / seconds:0} rows/s) into {Folder}; most vouchers: {Summary.LargestProject}"));
    }
}
