using System.Globalization;
using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Reporting.Core.Domain;
using Reporting.Core.Import;
using Reporting.Core.Output;
using Reporting.Core.Reports;
using Reporting.Core.Storage;

namespace Reporting.Tests.Import;

/// <summary>
/// Mutated sample files (byte flips, cut lines, doubled delimiters, swapped columns, random Unicode with control
/// characters, huge numbers, odd dates, an unclosed quote, a BOM in the middle, a 2 MB line) imported onto a database
/// that holds a sample data set: each import either succeeds completely or fails cleanly (every problem names its
/// file and line), never with an unexpected exception, and a failed import leaves the database exactly as it was
/// (record counts and a hash of its content). After a successful one the records it added are stored and the
/// figures of every project render as JSON.
/// </summary>
/// <remarks>300 mutations from a fixed seed; <c>FUNDREPORTS_FUZZ_ITERATIONS=N</c> runs N (docs/import.md).</remarks>
public class ImportFuzzTests
{
    private const int DefaultIterations = 300;
    private const int Seed = 20181231;

    private static readonly string[] Sets = ["dortmund-scla", "soziale-teilhabe-nrw", "offenbach-pro-arbeit"];

    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("fr-fuzz-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Import_MutatedSampleFiles_CompleteOrCleanFailureAndNeverAPartialWrite()
    {
        var iterations = int.TryParse(Environment.GetEnvironmentVariable("FUNDREPORTS_FUZZ_ITERATIONS"), NumberStyles.None,
            CultureInfo.InvariantCulture, out var n) ? n : DefaultIterations;
        var random = new Random(Seed);
        var baselines = Sets.ToDictionary(s => s, Baseline);
        var (succeeded, failed) = (0, 0);
        for (var i = 0; i < iterations; i++)
        {
            var set = Sets[random.Next(Sets.Length)];
            var files = StreamingImportTests.Samples(set);
            var target = random.Next(files.Length);
            var mutation = random.Next(Mutations.Length);
            var bytes = Mutations[mutation](files[target].Content.Length > 0 ? files[target].Content : File.ReadAllBytes(files[target].Path!), random);
            var mutated = new ImportFile(files[target].Name, bytes);
            var db = Path.Combine(_dir, $"run-{i}.db");
            File.Copy(baselines[set], db);
            var before = StoreContent.Hash(db);
            var what = $"iteration {i}: {MutationNames[mutation]} of {set}/{mutated.Name}";

            ImportOutcome outcome;
            IReadOnlyDictionary<RecordKind, int> countsBefore;
            using (var store = new SqliteStore(db))
            {
                countsBefore = store.Count();
                outcome = ImportService.Run(store, [mutated]);
            }

            if (outcome.Succeeded)
            {
                succeeded++;
                AssertStoredAndRendered(db, countsBefore, outcome, what);
            }
            else
            {
                failed++;
                Assert.That(outcome.Problems, Is.All.Matches<ImportProblem>(p => p.File == mutated.Name && p.Line >= 1), what);
                Assert.That(StoreContent.Hash(db), Is.EqualTo(before), what + ": the database changed");
                using var store = new SqliteStore(db);
                Assert.That(store.Count(), Is.EqualTo(countsBefore), what);
            }
            File.Delete(db);
        }
        TestContext.Out.WriteLine($"{iterations} mutations: {succeeded} imported, {failed} refused");
        Assert.That(failed, Is.GreaterThan(0), "the mutations find problems");
    }

    /// <summary>A database holding <paramref name="set"/>, imported once.</summary>
    private string Baseline(string set)
    {
        var path = Path.Combine(_dir, $"{set}.db");
        using var store = new SqliteStore(path);
        Assert.That(ImportService.Run(store, StreamingImportTests.Samples(set)).Problems, Is.Empty);
        return path;
    }

    private static void AssertStoredAndRendered(string db, IReadOnlyDictionary<RecordKind, int> before, ImportOutcome outcome, string what)
    {
        using var store = new SqliteStore(db);
        var after = store.Count();
        foreach (var file in outcome.Files.Where(f => f.Kind is not null))
        {
            var kind = file.Kind!.Value;
            Assert.That(after[kind], Is.EqualTo(before[kind] + file.Added), $"{what}: {kind} added");
        }
        using var connection = new SqliteConnection($"Data Source={db};Pooling=false;Mode=ReadOnly");
        connection.Open();
        var projects = connection.Query<string>("SELECT project_id FROM projects ORDER BY project_id;").ToList();
        using var read = store.OpenReader();
        foreach (var id in projects)
        {
            var figures = FiguresService.Compute(read, new ProjectId(id), PeriodSpec.RuntimeSpec, new DateOnly(2030, 1, 1), publish: false);
            Assert.That(figures, Is.Not.Null, $"{what}: figures of {id}");
            using var json = JsonDocument.Parse(FiguresJsonWriter.ToJson(figures!));
            Assert.That(Strings(json.RootElement), Does.Contain(id), what);
        }
    }

    private static IEnumerable<string> Strings(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => [e.GetString()!],
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    private static readonly string[] MutationNames =
    [
        "byte flips", "cut line", "doubled delimiter", "swapped columns", "random Unicode", "huge number", "odd date",
        "unclosed quote", "BOM in the middle", "2 MB line",
    ];

    private static readonly Func<byte[], Random, byte[]>[] Mutations =
    [
        FlipBytes, CutLine, DoubleDelimiter, SwapColumns, RandomUnicode, HugeNumber, OddDate, UnclosedQuote, BomInTheMiddle,
        HugeLine,
    ];

    private static byte[] FlipBytes(byte[] bytes, Random random)
    {
        var copy = bytes.ToArray();
        for (var k = random.Next(1, 6); k > 0; k--)
        {
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        }
        return copy;
    }

    private static byte[] CutLine(byte[] bytes, Random random) => bytes[..random.Next(1, bytes.Length)];

    private static byte[] DoubleDelimiter(byte[] bytes, Random random)
    {
        var delimiter = bytes.Count(b => b == (byte)';') >= bytes.Count(b => b == (byte)',') ? (byte)';' : (byte)',';
        var at = Enumerable.Range(0, bytes.Length).Where(i => bytes[i] == delimiter).ToList();
        if (at.Count == 0)
        {
            return bytes;
        }
        var pos = at[random.Next(at.Count)];
        return [.. bytes[..pos], delimiter, .. bytes[pos..]];
    }

    /// <summary>Two cells of one line exchanged (as text, so a file's encoding is kept for plain ASCII cells).</summary>
    private static byte[] SwapColumns(byte[] bytes, Random random) => OnLines(bytes, random, line =>
    {
        var delimiter = line.Contains(';', StringComparison.Ordinal) ? ';' : ',';
        var cells = line.Split(delimiter);
        if (cells.Length < 2)
        {
            return line;
        }
        var (a, b) = (random.Next(cells.Length), random.Next(cells.Length));
        (cells[a], cells[b]) = (cells[b], cells[a]);
        return string.Join(delimiter, cells);
    });

    private const string Specials = "\"';,\u00A0\uFEFF\u200B\uFFFD\r\n";

    private static byte[] RandomUnicode(byte[] bytes, Random random)
    {
        var text = new StringBuilder();
        for (var k = random.Next(1, 12); k > 0; k--)
        {
            var c = random.Next(4) switch
            {
                0 => (char)random.Next(0, 32),
                1 => (char)random.Next(0x80, 0x800),
                2 => (char)random.Next(0x3000, 0xD7FF),
                _ => Specials[random.Next(Specials.Length)],
            };
            text.Append(c);
        }
        var insert = Encoding.UTF8.GetBytes(text.ToString());
        var pos = random.Next(bytes.Length);
        return [.. bytes[..pos], .. insert, .. bytes[pos..]];
    }

    private static byte[] HugeNumber(byte[] bytes, Random random) =>
        ReplaceCell(bytes, random, c => c.Length > 0 && char.IsAsciiDigit(c[0]),
            _ => random.Next(3) switch { 0 => new string('9', random.Next(20, 60)), 1 => "1.000.000.000,01", _ => "-99999999999,999" });

    private static byte[] OddDate(byte[] bytes, Random random) =>
        ReplaceCell(bytes, random, c => c.Count(ch => ch is '-' or '.') == 2 && c.Length is >= 8 and <= 10,
            _ => new[] { "31.02.2018", "2018-13-01", "00.00.0000", "1.1.1989", "31.12.2101", "29.02.2019", "2018-02-29", "1.13.2018" }[random.Next(8)]);

    private static byte[] UnclosedQuote(byte[] bytes, Random random)
    {
        var breaks = Enumerable.Range(0, bytes.Length).Where(i => bytes[i] == (byte)'\n').ToList();
        var pos = breaks.Count > 1 ? breaks[random.Next(breaks.Count - 1)] + 1 : 0;
        return [.. bytes[..pos], (byte)'"', .. bytes[pos..]];
    }

    private static byte[] BomInTheMiddle(byte[] bytes, Random random)
    {
        var pos = random.Next(1, bytes.Length);
        return [.. bytes[..pos], 0xEF, 0xBB, 0xBF, .. bytes[pos..]];
    }

    private static byte[] HugeLine(byte[] bytes, Random random)
    {
        var breaks = Enumerable.Range(0, bytes.Length).Where(i => bytes[i] == (byte)'\n').ToList();
        var pos = breaks.Count > 1 ? breaks[random.Next(breaks.Count - 1)] : 0;
        return [.. bytes[..pos], .. Enumerable.Repeat((byte)'x', 2 << 20), .. bytes[pos..]];
    }

    /// <summary>Changes one line after the header, read and written back as Windows-1252 (which round-trips every byte).</summary>
    private static byte[] OnLines(byte[] bytes, Random random, Func<string, string> change)
    {
        var encoding = TextDecoder.Windows1252;
        var lines = encoding.GetString(bytes).Split('\n');
        if (lines.Length < 3)
        {
            return bytes;
        }
        var at = random.Next(1, lines.Length - 1);
        lines[at] = change(lines[at]);
        return encoding.GetBytes(string.Join('\n', lines));
    }

    private static byte[] ReplaceCell(byte[] bytes, Random random, Func<string, bool> fits, Func<string, string> value) =>
        OnLines(bytes, random, line =>
        {
            var delimiter = line.Contains(';', StringComparison.Ordinal) ? ';' : ',';
            var cells = line.Split(delimiter);
            var candidates = Enumerable.Range(0, cells.Length).Where(i => fits(cells[i].Trim())).ToList();
            if (candidates.Count == 0)
            {
                return line;
            }
            var at = candidates[random.Next(candidates.Count)];
            cells[at] = value(cells[at]);
            return string.Join(delimiter, cells);
        });
}
