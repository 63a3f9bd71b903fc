using BenchmarkDotNet.Attributes;
using Reporting.Bench.Writers;
using Reporting.Core.Generation;

namespace Reporting.Bench.Suites;

/// <summary>BenchmarkDotNet inner loop: the two xlsx writers on the same monthly-export rows, into a null stream.</summary>
[MemoryDiagnoser]
public class XlsxWriterLoop
{
    [Params(10_000)]
    public int Rows { get; set; }

    [Benchmark(Baseline = true, Description = "MiniExcel")]
    public TimeSpan MiniExcel() => XlsxWriters.Write(XlsxWriters.MiniExcel, Rows, Stream.Null);

    [Benchmark(Description = "StreamingXlsxWriter")]
    public TimeSpan Streaming() => XlsxWriters.Write(XlsxWriters.Streaming, Rows, Stream.Null);
}

/// <summary>BenchmarkDotNet inner loop: the data generator writing one project of 20,000 vouchers and 2,000 participants.</summary>
[MemoryDiagnoser]
public class GeneratorLoop
{
    public const int Vouchers = 20_000;
    public const int Participants = 2_000;

    private string _folder = "";

    [GlobalSetup]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("fr-bench-gen-").FullName;

    [GlobalCleanup]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Description = "DataGenerator.Write")]
    public long Generate() => DataGenerator.Write(new GenerationSize(1, Participants, Vouchers), _folder).Rows;
}
