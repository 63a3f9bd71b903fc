using System.CommandLine;
using System.Diagnostics;
using System.Globalization;

namespace Reporting.Bench.Csv;

/// <summary>
/// <c>csv-read --parser sep|csvhelper|csvhelper-bytes|sylvan --file FILE</c>: one parser reads the file in a process
/// of its own, so that each starts alike (cold JIT, its own memory). Prints <c>elapsed_ms=… cpu_ms=…</c> (the reading
/// alone) and the tally of what it read. Started by the <c>csv</c> bench.
/// </summary>
internal static class CsvReadChild
{
    public static Command Command(TextWriter output)
    {
        var parser = new Option<string>("--parser") { Required = true };
        parser.AcceptOnlyFromAmong(CsvParsers.All);
        var file = new Option<string>("--file") { Required = true };
        var command = new Command("csv-read", "One CSV parser alone (started by the csv bench).") { parser, file };
        command.Hidden = true;
        command.SetAction(parse =>
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var tally = CsvParsers.Read(parse.GetValue(parser)!, parse.GetValue(file)!);
            clock.Stop();
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"elapsed_ms={clock.Elapsed.TotalMilliseconds:0} cpu_ms={cpu.TotalMilliseconds:0} {tally}"));
            return 0;
        });
        return command;
    }
}
