using System.Text;
using Reporting.Cli;
using Reporting.Core.Storage;

Console.OutputEncoding = Encoding.UTF8;
SqliteEngine.ConfigureForProcess();
using var interrupt = Interrupt.FromSignals();
return CliApp.Run(args, CliContext.FromConsole(interrupt));
