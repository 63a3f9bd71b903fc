using System.CommandLine;
using System.Diagnostics;
using System.Globalization;

namespace Reporting.Bench.Writers;

/// <summary>
/// <c>xlsx-write --writer streaming|miniexcel --rows N --out FILE</c>: one writer in a process of its own, so its peak
/// memory can be measured alone. Prints <c>elapsed_ms=… cpu_ms=… bytes=…</c> (wall and CPU time of the writing alone). Started by the <c>xlsx</c> and <c>growth</c> benches.
/// </summary>
internal static class XlsxWriteChild
{
    public static Command Command(TextWriter output)
    {
        var writer = new Option<string>("--writer") { Required = true };
        writer.AcceptOnlyFromAmong(XlsxWriters.Streaming, XlsxWriters.MiniExcel);
        var rows = new Option<int>("--rows") { Required = true };
        var file = new Option<string>("--out") { Required = true };
        var command = new Command("xlsx-write", "One xlsx writer alone (started by the xlsx and growth benches).") { writer, rows, file };
        command.Hidden = true;
        command.SetAction(parse =>
        {
            using var stream = File.Create(parse.GetValue(file)!);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var elapsed = XlsxWriters.Write(parse.GetValue(writer)!, parse.GetValue(rows), stream);
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"elapsed_ms={elapsed.TotalMilliseconds:0} cpu_ms={cpu.TotalMilliseconds:0} bytes={stream.Length}"));
            return 0;
        });
        return command;
    }

    /// <summary>A time a child printed: <c>elapsed_ms</c> or <c>cpu_ms</c>.</summary>
    public static TimeSpan Figure(string output, string name)
    {
        var part = output.Split(' ', '\n').First(p => p.StartsWith(name + "=", StringComparison.Ordinal));
        return TimeSpan.FromMilliseconds(double.Parse(part[(name.Length + 1)..], CultureInfo.InvariantCulture));
    }
}
