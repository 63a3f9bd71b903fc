using System.Text;
using Reporting.Cli;

Console.OutputEncoding = Encoding.UTF8;
return CliApp.Run(args, CliContext.FromConsole());
