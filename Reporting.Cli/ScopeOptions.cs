using System.CommandLine;
using Reporting.Core.Reports;

namespace Reporting.Cli;

/// <summary>The scope options shared by report and targets: at most one of --project, --program, --funder,
/// --recipient, --region; none (or --all) means every project.</summary>
public sealed class ScopeOptions
{
    private readonly (Option<string?> Option, ScopeKind Kind)[] _options =
    [
        (new Option<string?>("--project") { Description = "One project (Projekt-ID)." }, ScopeKind.Project),
        (new Option<string?>("--program") { Description = "All projects of a program (Programm-ID)." }, ScopeKind.Program),
        (new Option<string?>("--funder") { Description = "All projects of a funder (Mittelgeber), e.g. Land." }, ScopeKind.Funder),
        (new Option<string?>("--recipient") { Description = "All projects of a recipient (Zuwendungsempfänger)." }, ScopeKind.Recipient),
        (new Option<string?>("--region") { Description = "All projects of a region." }, ScopeKind.Region),
    ];

    private readonly Option<bool> _all = new("--all") { Description = "All projects (the default)." };

    public static ScopeOptions Create() => new();

    public void AddTo(Command command)
    {
        foreach (var (option, _) in _options)
        {
            command.Options.Add(option);
        }
        command.Options.Add(_all);
    }

    public ReportScope Read(ParseResult parse)
    {
        var given = _options.Select(o => (o.Kind, Value: parse.GetValue(o.Option))).Where(o => o.Value is not null).ToList();
        if (given.Count > 1 || (given.Count == 1 && parse.GetValue(_all)))
        {
            throw new CommandException(ExitCodes.Usage, "error: give at most one of --project, --program, --funder, --recipient, --region, --all");
        }
        return given.Count == 0 ? ReportScope.AllProjects : new ReportScope(given[0].Kind, given[0].Value!.Trim());
    }
}
