using System.Globalization;

namespace Reporting.Core.Generation;

/// <summary>
/// Writes a realistic synthetic data set of any size in the import contract (docs/import.md): German <c>;</c> files
/// of all seven record kinds, UTF-8 with BOM, German numbers and dates. Deterministic: the same
/// <see cref="GenerationSize"/> gives the same bytes. Streaming: one pass over the projects, each project's records
/// drawn from its own random streams and written at once, so memory stays flat whatever the size (one integer per
/// project is kept, to split participants and vouchers by project size).
/// </summary>
public static partial class DataGenerator
{
    /// <summary>Writes the files into <paramref name="folder"/> (created when missing; earlier files are replaced only when
    /// every file is complete).</summary>
    public static GenerationSummary Write(GenerationSize size, string folder)
    {
        ArgumentNullException.ThrowIfNull(size);
        ArgumentNullException.ThrowIfNull(folder);
        size.Validate();
        int? onlyIndex = size.OnlyProject is { } only
            ? IndexOf(size, only) ?? throw new ArgumentException($"'{only}' is not a project of this data set.", nameof(size))
            : null;
        var weights = new int[size.Projects];
        long totalWeight = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = ProjectPlan.WeightOf(size.Seed, i);
            totalWeight += weights[i];
        }
        var vocabulary = Vocabulary.Of(size.Headers);
        using var files = new GeneratorFiles(folder, size.Headers);
        WritePrograms(files.Programs);
        long weightBefore = 0;
        string? largest = null;
        long largestVouchers = -1;
        for (int i = 0; i < weights.Length; i++)
        {
            long weightAfter = weightBefore + weights[i];
            long participants = Share(size.Participants, weightBefore, weightAfter, totalWeight);
            long vouchers = Share(size.Vouchers, weightBefore, weightAfter, totalWeight);
            weightBefore = weightAfter;
            if (onlyIndex is { } wanted && i != wanted)
            {
                continue;
            }
            var plan = new ProjectPlan(size.Seed, i, participants, vouchers);
            WriteProject(files, plan);
            WritePeople(files, plan, size.Seed, vocabulary);
            WritePayments(files, plan, size.Seed);
            if (vouchers > largestVouchers)
            {
                (largest, largestVouchers) = (plan.Id, vouchers);
            }
        }
        return new GenerationSummary(files.Commit(), largest!);
    }

    /// <summary>The index of the project <paramref name="projectId"/> in a data set of this size, or null when it has none
    /// of that id. Ids are the program's id and a five-digit number: <c>BP-LZA-00001</c>.</summary>
    public static int? IndexOf(GenerationSize size, string projectId)
    {
        ArgumentNullException.ThrowIfNull(size);
        ArgumentNullException.ThrowIfNull(projectId);
        int dash = projectId.LastIndexOf('-');
        if (dash < 0 || !int.TryParse(projectId.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int number)
            || number < 1 || number > size.Projects)
        {
            return null;
        }
        int index = number - 1;
        return ProjectId(index) == projectId ? index : null;
    }

    /// <summary>The id of the project at <paramref name="index"/>.</summary>
    public static string ProjectId(int index) =>
        Catalogue.Programs[index % Catalogue.Programs.Length].Id + "-" + (index + 1).ToString("00000", CultureInfo.InvariantCulture);

    /// <summary>This project's part of <paramref name="total"/> when the weights before it sum to <paramref name="before"/>
    /// and up to it to <paramref name="after"/>: the parts of all projects add up to the total exactly.</summary>
    private static long Share(long total, long before, long after, long all) =>
        (long)((Int128)total * after / all - (Int128)total * before / all);
}
