using Reporting.Core.Domain;
using Reporting.Core.Figures;
using Reporting.Core.Forms;
using Reporting.Core.Forms.Builders;

namespace Reporting.Web.Pages;

/// <summary>One project's figures for a period, computed as <c>figures</c> computes them (the period resolved against
/// the runtime and the key date, deadlines judged on the key date, confidentiality applied when published), and the
/// Quartalsbericht's fields, tables and charts read from them.</summary>
internal sealed record ProjectView(ProjectSnapshot Snapshot, PeriodSpec Period, DateOnly KeyDate, bool KeyDateGiven,
    ProjectFigures Figures, bool Published)
{
    /// <summary>The figures, or the sentence the CLI prints when the period does not fit.</summary>
    public static ParseResult<ProjectView> Compute(ProjectSnapshot snapshot, string? period, string? keyDate, string keyDateParameter,
        DateOnly today, bool published)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var spec = PeriodSpec.Parse(string.IsNullOrWhiteSpace(period) ? PeriodSpec.RuntimeSpec.Text : period);
        if (!spec.Success)
        {
            return ParseResult<ProjectView>.Fail(spec.Error);
        }
        var day = Pages.KeyDate.Parse(keyDate, keyDateParameter, today);
        if (!day.Success)
        {
            return ParseResult<ProjectView>.Fail(day.Error);
        }
        ProjectFigures figures;
        try
        {
            var resolved = spec.Value.Resolve(snapshot.Project.Runtime, day.Value);
            figures = FigureCalculator.Compute(snapshot, resolved, new FigureOptions(Today: day.Value));
        }
        catch (PeriodOutsideRuntimeException e)
        {
            return ParseResult<ProjectView>.Fail(e.Message);
        }
        if (published)
        {
            figures = Confidentiality.Apply(figures);
        }
        return ParseResult<ProjectView>.Ok(new ProjectView(snapshot, spec.Value, day.Value, !string.IsNullOrWhiteSpace(keyDate), figures, published));
    }

    public FigureOptions Options => new(Today: KeyDate);

    /// <summary>The Quartalsbericht's values: every field and table, and the charts named (all when null).</summary>
    public FormData Form(IReadOnlySet<string>? charts = null) =>
        QuarterlyReport.Evaluate(new QuarterlyInput(Snapshot, Figures, Options), charts);

    /// <summary>The key date as links carry it, when one was given.</summary>
    public string? KeyDateParameter => KeyDateGiven ? Pages.KeyDate.Iso(KeyDate) : null;
}
