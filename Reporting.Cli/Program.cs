using System.Text;
using Reporting.Cli;

Console.OutputEncoding = Encoding.UTF8;
using var interrupt = Interrupt.FromSignals();
return CliApp.Run(args, CliContext.FromConsole(interrupt));
