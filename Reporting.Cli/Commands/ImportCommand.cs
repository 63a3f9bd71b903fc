using System.CommandLine;
using Reporting.Core.Domain;
using Reporting.Core.Import;
using Reporting.Core.Reports;
using Reporting.Core.Storage;

namespace Reporting.Cli.Commands;

/// <summary>
/// <c>import [KIND] FILE [FILE...] [--dry-run] [--errors FILE]</c>: checks all files whole, then stores all of them
/// in one transaction, or nothing. <c>--errors</c> is (re)written whenever it is given, with only its header when all is
/// well, so a stale error file never outlives a successful import.
/// </summary>
public static class ImportCommand
{
    /// <summary>How many problems are printed on stderr; the error file has all of them.</summary>
    public const int ProblemsOnScreen = 100;

    private static readonly Argument<string[]> Arguments = new("FILE")
    {
        HelpName = "[KIND] FILE",
        Description = "Optional record kind (" + string.Join(", ", ImportKinds.Words)
            + "; recognised from the header when left out), then one or more CSV files.",
        Arity = ArgumentArity.OneOrMore,
    };

    private static readonly Option<bool> DryRun = new("--dry-run")
    {
        Description = "Check the files and say what would be imported, but store nothing.",
    };

    private static readonly Option<string?> Errors = new("--errors")
    {
        Description = "Write every problem to this CSV file (file;line;column;problem).",
        HelpName = "FILE",
    };

    private static readonly Option<string?> Correction = new("--correction")
    {
        Description = "Accept changes to records dated in closed periods and store them as corrections with this reason.",
        HelpName = "REASON",
    };

    public static Command Create(CliContext context)
    {
        var command = new Command("import", "Import CSV files (programs, projects, budget lines, participants, placements, "
            + "expenditures, disbursements) into the database; all files or nothing."
            + Examples.Of("fundingreports import samples/dortmund-scla/*.csv --db data.db",
                "fundingreports import participants teilnehmende.csv --dry-run --errors problems.csv",
                "fundingreports import expenditures ausgaben.csv --correction \"Beleg B-17 doppelt gebucht\""));
        command.Arguments.Add(Arguments);
        command.Options.Add(DryRun);
        command.Options.Add(Errors);
        command.Options.Add(Correction);
        command.SetAction(context, parse => Run(parse, context));
        return command;
    }

    private static int Run(ParseResult parse, CliContext context)
    {
        var (kind, names) = SplitKind(parse.GetValue(Arguments) ?? [], context);
        var dbPath = CommonOptions.DatabasePath(parse, context);
        var errorFile = parse.GetValue(Errors);
        if (errorFile is not null)
        {
            RefuseToOverwrite(context.Resolve(errorFile), names.Select(context.Resolve), dbPath);
        }
        var files = ReadFiles(names, kind, context);
        var dryRun = parse.GetValue(DryRun);

        ImportOutcome outcome;
        using (var progress = ProgressLine.For(context))
        {
            outcome = ImportService.Run(dbPath, files, dryRun, CorrectionOf(parse, context), new ImportProgressLine(progress),
                AuditRecording.Actor, context.Clock);
        }

        foreach (var warning in outcome.Warnings)
        {
            context.Error.WriteLine($"warning: {warning}");
        }
        if (errorFile is not null)
        {
            AtomicFile.WriteAllText(context.Resolve(errorFile), ProblemsCsv.Format(outcome.Problems), ProblemsCsv.Encoding);
        }
        if (!outcome.Succeeded)
        {
            return Fail(outcome, errorFile, context);
        }
        foreach (var file in outcome.Files)
        {
            context.Out.WriteLine(ImportMessages.Imported(file, dryRun));
        }
        if (dryRun)
        {
            context.Out.WriteLine(ImportMessages.DryRunNothingStored);
        }
        return ExitCodes.Ok;
    }

    /// <summary>--correction: the reason (not blank), now and the operating-system user; null without it.</summary>
    private static ImportCorrection? CorrectionOf(ParseResult parse, CliContext context) => parse.GetValue(Correction) switch
    {
        null => null,
        { } reason when string.IsNullOrWhiteSpace(reason) =>
            throw new CommandException(ExitCodes.Usage, "error: --correction needs a reason, e.g. --correction \"Beleg B-17 falsch gebucht\""),
        { } reason => new ImportCorrection(reason.Trim(), context.Clock.GetUtcNow(), PeriodCommandSupport.User(context)),
    };

    /// <summary>The error list must not replace the database (or its journal files) or a file being imported, nor be a
    /// folder: such an --errors is a usage error, found before anything is read or stored. Paths are compared after
    /// following links.</summary>
    internal static void RefuseToOverwrite(string errorFile, IEnumerable<string> inputs, string dbPath)
    {
        if (Directory.Exists(errorFile))
        {
            throw new CommandException(ExitCodes.Usage, $"error: --errors {errorFile} is a folder; give a file for the error list");
        }
        if (!StoreFactory.IsServer(dbPath)
            && new[] { "", "-journal", "-wal", "-shm" }.Any(suffix => FileIdentity.Same(errorFile, dbPath + suffix)))
        {
            throw new CommandException(ExitCodes.Usage,
                $"error: --errors {errorFile} would overwrite the database {dbPath}; give another file for the error list");
        }
        if (inputs.FirstOrDefault(input => FileIdentity.Same(errorFile, input)) is { } clash)
        {
            throw new CommandException(ExitCodes.Usage,
                $"error: --errors {errorFile} would overwrite the input file {clash}; give another file for the error list");
        }
    }

    /// <summary>A leading kind word names the kind of all files; a first argument that is neither a file nor a kind is a usage error.</summary>
    internal static (RecordKind? Kind, IReadOnlyList<string> Files) SplitKind(IReadOnlyList<string> args, CliContext context)
    {
        if (args.Count == 0)
        {
            throw new CommandException(ExitCodes.Usage, ImportMessages.NoFileGiven);
        }
        var first = args[0];
        if (File.Exists(context.Resolve(first)))
        {
            return (null, args);
        }
        if (ImportKinds.TryParse(first) is { } kind)
        {
            return args.Count > 1 ? (kind, args.Skip(1).ToList()) : throw new CommandException(ExitCodes.Usage, ImportMessages.NoFileGiven);
        }
        var looksLikeWord = args.Count > 1 && first.IndexOfAny(['.', '/', '\\']) < 0;
        return looksLikeWord ? throw new CommandException(ExitCodes.Usage, ImportMessages.UnknownKindWord(first)) : (null, args);
    }

    private static List<ImportFile> ReadFiles(IReadOnlyList<string> names, RecordKind? kind, CliContext context)
    {
        var missing = names.Where(n => !File.Exists(context.Resolve(n))).Select(ImportMessages.FileNotFound).ToList();
        if (missing.Count > 0)
        {
            throw new CommandException(ExitCodes.InvalidInput, missing);
        }
        return names.Select(n => ImportFile.Read(context.Resolve(n), n, kind)).ToList();
    }

    private static int Fail(ImportOutcome outcome, string? errorFile, CliContext context)
    {
        foreach (var problem in outcome.Problems.Take(ProblemsOnScreen))
        {
            context.Error.WriteLine(problem.ToString());
        }
        if (outcome.ProblemCount > ProblemsOnScreen)
        {
            context.Error.WriteLine(ImportMessages.MoreProblems(ProblemsOnScreen));
        }
        context.Error.WriteLine(ImportMessages.Failed(outcome, errorFile));
        return ExitCodes.InvalidInput;
    }
}
