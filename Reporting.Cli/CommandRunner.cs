using System.CommandLine;
using Reporting.Core.Storage;

namespace Reporting.Cli;

/// <summary>A failure the user can act on: printed one line per problem, no stack trace.</summary>
public sealed class CommandException(int exitCode, IReadOnlyList<string> lines) : Exception(string.Join(Environment.NewLine, lines))
{
    public CommandException(int exitCode, string line) : this(exitCode, [line]) { }

    public int ExitCode { get; } = exitCode;
    public IReadOnlyList<string> Lines { get; } = lines;
}

/// <summary>Wraps a command body: user errors become their exit code and message, faults of the machine (a folder that
/// cannot be written, a full disk) exit code 5, an interruption 130 or 143, anything else exit code 1.</summary>
public static class CommandRunner
{
    public static void SetAction(this Command command, CliContext context, Func<ParseResult, int> body)
    {
        command.SetAction(parse => Run(parse, context, body));
    }

    public static int Run(ParseResult parse, CliContext context, Func<ParseResult, int> body)
    {
        try
        {
            return body(parse);
        }
        catch (CommandException e)
        {
            foreach (var line in e.Lines)
            {
                context.Error.WriteLine(line);
            }
            return e.ExitCode;
        }
        catch (Core.Reports.ReportException e)
        {
            foreach (var line in e.Lines)
            {
                context.Error.WriteLine($"error: {line}");
            }
            return ReportErrors.ExitCode(e.Kind);
        }
        catch (OperationCanceledException) when (context.Interrupt.ExitCode != 0)
        {
            context.Error.WriteLine($"interrupted by {context.Interrupt.SignalName}: stopped, nothing was written");
            return context.Interrupt.ExitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The machine refused a read or write outside the report outputs (which say so themselves).
            context.Error.WriteLine($"error: {e.Message.Split('\n')[0].Trim()}");
            return ExitCodes.Environment;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            context.Error.WriteLine($"unexpected error: {e.GetType().Name}: {e.Message}");
            if (parse.GetValue(CommonOptions.Verbose))
            {
                context.Error.WriteLine(e.ToString());
            }
            else
            {
                context.Error.WriteLine("Run again with --verbose for details.");
            }
            return ExitCodes.Unexpected;
        }
    }
}
