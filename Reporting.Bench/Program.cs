using System.Text;
using Reporting.Bench;

Console.OutputEncoding = Encoding.UTF8;
return BenchApp.Run(args, Console.Out, Console.Error);
