using Reporting.Core.Domain;
using Reporting.Core.Figures;
using Reporting.Core.Forms.Builders;
using Reporting.Core.Reports;
using Reporting.Core.Storage;

namespace Reporting.Core.Forms;

/// <summary>What a form is made of: form, scope, period, template and the context of the run.</summary>
/// <param name="Today">Resolves last-month etc. and judges deadlines.</param>
/// <param name="GeneratedAt">Printed on the form; never read from a clock here.</param>
public sealed record FormRequest(
    string Form,
    ReportScope Scope,
    PeriodSpec Period,
    FormTemplate Template,
    DateOnly Today,
    DateTimeOffset GeneratedAt,
    bool Publish = false,
    string? Narrative = null,
    FigureOptions? Options = null)
{
    /// <summary>The day of a Mittelabruf (<c>--on</c>); null means <see cref="Today"/>.</summary>
    public DateOnly? On { get; init; }

    /// <summary>The payments due in the horizon of a Mittelabruf (<c>--planned</c>); null means a forecast.</summary>
    public IReadOnlyList<PlannedPayment>? Planned { get; init; }
}

/// <summary>A built form and the key that names its output files (form, scope, period).</summary>
public sealed record BuiltForm(FormDocument Document, string FileBaseName);

/// <summary>A user error while building; the message is shown as is.</summary>
/// <param name="ScopeNotFound">True when the scope names no project (or none that runs in the period); false for a
/// request that does not fit (template, period outside the named project).</param>
internal sealed class FormBuildException(string message, bool scopeNotFound = false)
    : Reports.ReportException(scopeNotFound ? Reports.ReportErrorKind.NotFound : Reports.ReportErrorKind.Usage, message)
{
    public bool ScopeNotFound { get; } = scopeNotFound;
}

/// <summary>Fills forms from the figures engine and lays them out by template. The only place forms get their numbers.</summary>
public static partial class FormBuilder
{
    /// <summary>One document per project for the project forms, one for the scope for targets and monthly. Every check
    /// that can fail (template, scope, period) is made before the first document is returned; the project documents are
    /// then built one at a time as the sequence is enumerated, reading one project's records at a time.</summary>
    public static IEnumerable<BuiltForm> Build(IStoreReader data, FormRequest request)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(request);
        var catalog = FormKinds.CatalogFor(request.Form) ?? throw new FormBuildException($"unknown form '{request.Form}'");
        var problems = TemplateLoader.Validate(request.Template, catalog);
        if (problems.Count > 0 || request.Template.Form != request.Form)
        {
            throw new FormBuildException($"template '{request.Template.FormId}' does not fit form '{request.Form}': " +
                string.Join("; ", problems.DefaultIfEmpty($"it is a '{request.Template.Form}' template")));
        }
        var projects = data.Projects(request.Scope);
        if (projects.Count == 0)
        {
            throw new FormBuildException($"no project found for {request.Scope}", scopeNotFound: true);
        }
        var options = (request.Options ?? FigureOptions.Default) with { Today = request.Today };
        var charts = request.Template.Sections.SelectMany(s => s.Blocks).Where(b => b.Chart is not null).Select(b => b.Chart!).ToHashSet();
        if (request.Form == MittelabrufReport.Form)
        {
            return BuildFundsRequests(data, request, catalog, options, projects);
        }

        if (!FormKinds.IsPerProject(request.Form))
        {
            var span = new DateRange(projects.Min(p => p.Project.Runtime.Start), projects.Max(p => p.Project.Runtime.End));
            var period = request.Period.Resolve(span, request.Today);
            var scopeLabel = request.Scope.Describe();
            var scopeData = request.Form == TargetsReport.Form
                ? TargetsReport.Spec.Evaluate(TargetsOverview.Build(scopeLabel, projects.Select(p => p.Project),
                    data.Tallies(request.Scope, period.To, options), period.To, options), charts)
                : MonthlyExport.Spec.Evaluate(new MonthlyInput(scopeLabel, projects.Count, data.Snapshots(request.Scope), period, options), charts);
            var key = request.Form == TargetsReport.Form ? period.To.ToString(Text.GermanFormat.IsoDatePattern, System.Globalization.CultureInfo.InvariantCulture) : period.Label;
            var header = Header(request, request.Scope.FileKey, scopeLabel, key, period);
            return [new BuiltForm(FormComposer.Compose(request.Template, catalog, scopeData, header, request.Narrative),
                FileName(request.Form, request.Scope.FileKey, key))];
        }

        var periods = new List<(ProjectEntry Entry, ReportingPeriod Period)>();
        foreach (var entry in projects)
        {
            var requested = request.Period.Resolve(entry.Project.Runtime, request.Today);
            var period = requested.ClipTo(entry.Project.Runtime);
            if (period is not null)
            {
                periods.Add((entry, period));
            }
            else if (request.Scope.Kind == ScopeKind.Project)
            {
                // A program or region report skips projects that do not run in the period; one named project must.
                throw new FormBuildException(
                    $"period {requested} lies outside the runtime of project {entry.Project.Id} ({entry.Project.Runtime})");
            }
        }
        return periods.Count > 0
            ? BuildProjects(data, request, catalog, charts, options, periods)
            : throw new FormBuildException($"no project of {request.Scope} runs in period {request.Period}", scopeNotFound: true);
    }

    private static IEnumerable<BuiltForm> BuildProjects(
        IStoreReader data, FormRequest request, FormCatalog catalog, HashSet<string> charts, FigureOptions options,
        IReadOnlyList<(ProjectEntry Entry, ReportingPeriod Period)> periods)
    {
        foreach (var (entry, period) in periods)
        {
            var snapshot = data.Snapshot(entry.Project.Id)
                ?? throw new InvalidOperationException($"project {entry.Project.Id} vanished inside one read");
            // A closed period is rebuilt from the form frozen at its close (docs/audit.md); any other period lists the
            // corrections to earlier closed periods.
            var formData = Frozen(snapshot, request.Form, period, request.Publish)
                ?? Evaluate(snapshot, request.Form, period, request.Today, request.Publish, options, charts,
                    CorrectionsFor(snapshot, request.Form, period, request.Publish, options));
            var scopeKey = ReportScope.Safe(snapshot.Project.Id.Value);
            var header = Header(request, scopeKey, $"{snapshot.Project.Id} – {snapshot.Project.Name}", period.Label, period);
            yield return new BuiltForm(Published(FormComposer.Compose(request.Template, catalog, formData, header, request.Narrative), request, snapshot),
                FileName(request.Form, scopeKey, period.Label));
        }
    }

    /// <summary>One Mittelabruf per project on <see cref="FormRequest.On"/>; planned payments belong to one project.</summary>
    private static List<BuiltForm> BuildFundsRequests(
        IStoreReader data, FormRequest request, FormCatalog catalog, FigureOptions options, IReadOnlyList<ProjectEntry> projects)
    {
        if (request.Planned is not null && (request.Scope.Kind != ScopeKind.Project || projects.Count != 1))
        {
            throw new FormBuildException("--planned lists the payments of one project; use it with --project");
        }
        var on = request.On ?? request.Today;
        var key = on.ToString(Text.GermanFormat.IsoDatePattern, System.Globalization.CultureInfo.InvariantCulture);
        var built = new List<BuiltForm>();
        foreach (var entry in projects)
        {
            var snapshot = data.Snapshot(entry.Project.Id)
                ?? throw new InvalidOperationException($"project {entry.Project.Id} vanished inside one read");
            var funds = FigureCalculator.ComputeFundsRequest(snapshot, on, request.Planned, options);
            var formData = MittelabrufReport.Spec.Evaluate(new MittelabrufInput(snapshot, funds, options));
            var scopeKey = ReportScope.Safe(snapshot.Project.Id.Value);
            var header = Header(request, scopeKey, $"{snapshot.Project.Id} – {snapshot.Project.Name}", key, ReportingPeriod.Between(on, on))
                with { PeriodText = MittelabrufReport.PeriodText(funds) };
            built.Add(new BuiltForm(Published(FormComposer.Compose(request.Template, catalog, formData, header, request.Narrative), request, snapshot),
                FileName(request.Form, scopeKey, key)));
        }
        return built;
    }

    /// <summary>A published form names no participant of its project in its texts (<see cref="PublishedText"/>).</summary>
    private static FormDocument Published(FormDocument document, FormRequest request, ProjectSnapshot snapshot) =>
        request.Publish ? PublishedText.Mask(document, snapshot.Participants) : document;

    private static FormHeader Header(FormRequest request, string scopeKey, string scopeLabel, string periodLabel, ReportingPeriod period) => new(
        request.Template.FormId,
        request.Template.Version,
        request.Template.Title,
        request.Template.Subtitle,
        request.Template.RuleSet,
        scopeKey,
        scopeLabel,
        periodLabel,
        Text.GermanPeriodName.Of(period, budgetYear: request.Form == ProofOfUseReport.Form),
        Text.GermanPeriodName.Range(period.From, period.To),
        period.To,
        request.GeneratedAt,
        request.Publish);

    /// <summary><c>quartalsbericht_SCLA_2018-Q3</c>; a range period becomes <c>2018-01-01_2018-06-30</c>.</summary>
    public static string FileName(string form, string scopeKey, string periodLabel) =>
        $"{FormKinds.FileStem(form)}_{scopeKey}_{ReportScope.Safe(periodLabel.Replace("..", "_", StringComparison.Ordinal))}";
}
