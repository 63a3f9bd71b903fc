using Reporting.Core.Domain;
using Reporting.Core.Figures;
using Reporting.Core.Forms.Builders;
using Reporting.Core.Reports;

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
    FigureOptions? Options = null);

/// <summary>A built form and the key that names its output files (form, scope, period).</summary>
public sealed record BuiltForm(FormDocument Document, string FileBaseName);

/// <summary>A user error while building; the message is shown as is.</summary>
/// <param name="ScopeNotFound">True when the scope names no project (or none that runs in the period); false for a
/// request that does not fit (template, period outside the named project).</param>
public sealed class FormBuildException(string message, bool scopeNotFound = false) : Exception(message)
{
    public bool ScopeNotFound { get; } = scopeNotFound;
}

/// <summary>Fills forms from the figures engine and lays them out by template. The only place forms get their numbers.</summary>
public static class FormBuilder
{
    /// <summary>One document per project for the project forms, one for the scope for targets and monthly.</summary>
    public static IReadOnlyList<BuiltForm> Build(DataSet data, FormRequest request)
    {
        var catalog = FormKinds.CatalogFor(request.Form) ?? throw new FormBuildException($"unknown form '{request.Form}'");
        var problems = TemplateLoader.Validate(request.Template, catalog);
        if (problems.Count > 0 || request.Template.Form != request.Form)
        {
            throw new FormBuildException($"template '{request.Template.FormId}' does not fit form '{request.Form}': " +
                string.Join("; ", problems.DefaultIfEmpty($"it is a '{request.Template.Form}' template")));
        }
        var projects = request.Scope.Select(data);
        if (projects.Count == 0)
        {
            throw new FormBuildException($"no project found for {request.Scope}", scopeNotFound: true);
        }
        var options = (request.Options ?? FigureOptions.Default) with { Today = request.Today };
        var charts = request.Template.Sections.SelectMany(s => s.Blocks).Where(b => b.Chart is not null).Select(b => b.Chart!).ToHashSet();

        if (!FormKinds.IsPerProject(request.Form))
        {
            var span = new DateRange(projects.Min(p => p.Project.Runtime.Start), projects.Max(p => p.Project.Runtime.End));
            var period = request.Period.Resolve(span, request.Today);
            var scopeLabel = request.Scope.Describe();
            var scopeData = request.Form == TargetsReport.Form
                ? TargetsReport.Spec.Evaluate(TargetsOverview.Build(scopeLabel, projects, period.To, options), charts)
                : MonthlyExport.Spec.Evaluate(new MonthlyInput(scopeLabel, projects, period, options), charts);
            var key = request.Form == TargetsReport.Form ? period.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : period.Label;
            var header = Header(request, request.Scope.FileKey, scopeLabel, key, period);
            return [new BuiltForm(FormComposer.Compose(request.Template, catalog, scopeData, header, request.Narrative),
                FileName(request.Form, request.Scope.FileKey, key))];
        }

        var built = new List<BuiltForm>();
        foreach (var snapshot in projects)
        {
            var requested = request.Period.Resolve(snapshot.Project.Runtime, request.Today);
            var period = requested.ClipTo(snapshot.Project.Runtime);
            if (period is null)
            {
                // A program or region report skips projects that do not run in the period; one named project must.
                if (request.Scope.Kind == ScopeKind.Project)
                {
                    throw new FormBuildException(
                        $"period {requested} lies outside the runtime of project {snapshot.Project.Id} ({snapshot.Project.Runtime})");
                }
                continue;
            }
            FormData formData;
            if (request.Form == QuarterlyReport.Form)
            {
                var figures = FigureCalculator.Compute(snapshot, period, options);
                if (request.Publish)
                {
                    figures = Confidentiality.Apply(figures);
                }
                formData = QuarterlyReport.Spec.Evaluate(new QuarterlyInput(snapshot, figures, options), charts);
            }
            else
            {
                var proof = FigureCalculator.ComputeProofOfUse(snapshot, period, request.Today, options);
                formData = ProofOfUseReport.Spec.Evaluate(new ProofInput(snapshot, proof, options), charts);
            }
            var scopeKey = ReportScope.Safe(snapshot.Project.Id.Value);
            var header = Header(request, scopeKey, $"{snapshot.Project.Id} – {snapshot.Project.Name}", period.Label, period);
            built.Add(new BuiltForm(FormComposer.Compose(request.Template, catalog, formData, header, request.Narrative),
                FileName(request.Form, scopeKey, period.Label)));
        }
        return built.Count > 0
            ? built
            : throw new FormBuildException($"no project of {request.Scope} runs in period {request.Period}", scopeNotFound: true);
    }

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
