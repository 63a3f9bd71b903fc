using Reporting.Core.Domain;
using Reporting.Core.Figures;
using Reporting.Core.Forms.Builders;
using Reporting.Core.Periods;
using Reporting.Core.Reports;
using Reporting.Core.Storage;

namespace Reporting.Core.Forms;

/// <summary>Closed periods: the forms frozen at a close, and the corrections a later report lists (docs/audit.md).</summary>
public static partial class FormBuilder
{
    /// <summary>The project forms frozen when a period is closed: Quartalsbericht and proof of use, internal and for
    /// publication, with every chart, as built from the records on <paramref name="asOf"/> (the deadlines judged then).</summary>
    public static IReadOnlyList<FrozenFormData> Freeze(ProjectSnapshot snapshot, ReportingPeriod period, DateOnly asOf, FigureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var withToday = (options ?? FigureOptions.Default) with { Today = asOf };
        var clipped = FigureCalculator.Clip(snapshot.Project, period);
        var frozen = new List<FrozenFormData>();
        foreach (var form in new[] { QuarterlyReport.Form, ProofOfUseReport.Form })
        {
            foreach (var published in new[] { false, true })
            {
                var data = Evaluate(snapshot, form, clipped, asOf, published, withToday, null,
                    CorrectionsFor(snapshot, form, clipped, published, withToday));
                frozen.Add(new FrozenFormData(form, published, FrozenForm.Write(data)));
            }
        }
        return frozen;
    }

    /// <summary>The frozen form data of a closed period, or null when the period is not closed.</summary>
    private static FormData? Frozen(ProjectSnapshot snapshot, string form, ReportingPeriod period, bool published) =>
        snapshot.Ledger.ClosedFor(snapshot.Project.Id, period) is not null && snapshot.Ledger.Frozen(form, period, published) is { } json
            ? FrozenForm.Read(json)
            : null;

    /// <summary>The form data of a project form (Quartalsbericht or proof of use) from the records.</summary>
    private static FormData Evaluate(ProjectSnapshot snapshot, string form, ReportingPeriod period, DateOnly today, bool published,
        FigureOptions options, IReadOnlySet<string>? charts, CorrectionList corrections)
    {
        if (form == QuarterlyReport.Form)
        {
            var figures = FiguresService.Compute(snapshot, period, today, published, options);
            return QuarterlyReport.Spec.Evaluate(new QuarterlyInput(snapshot, figures, options) { Corrections = corrections }, charts);
        }
        var proof = FigureCalculator.ComputeProofOfUse(snapshot, period, today, options);
        return ProofOfUseReport.Spec.Evaluate(new ProofInput(snapshot, proof, options) { Corrections = corrections }, charts);
    }

    /// <summary>The corrections to other closed periods that end before <paramref name="period"/> ends (earlier periods, and
    /// those inside it: the quarters of a budget year or of the runtime), recorded since the latest close of a period
    /// ending before <paramref name="period"/> starts (the last report handed in before it), and their effect on each
    /// figure of <paramref name="form"/>: the frozen form of the corrected period against the same form built from the
    /// records as they are now.</summary>
    private static CorrectionList CorrectionsFor(ProjectSnapshot snapshot, string form, ReportingPeriod period, bool published, FigureOptions options)
    {
        var ledger = snapshot.Ledger;
        bool Reported(ReportingPeriod p) => p.To < period.To && !(p.From == period.From && p.To == period.To);
        var earlier = ledger.Closed.Where(c => Reported(c.Period)).ToList();
        if (earlier.Count == 0 || ledger.Corrections.Count == 0)
        {
            return CorrectionList.Empty;
        }
        var before = ledger.Closed.Where(c => c.Period.To < period.From).ToList();
        var since = before.Count == 0 ? DateTimeOffset.MinValue : before.Max(c => c.ClosedAt);
        var listed = ledger.Corrections.Where(c => Reported(c.Period) && c.CorrectedAt >= since).ToList();
        if (listed.Count == 0)
        {
            return CorrectionList.Empty;
        }
        var catalog = FormKinds.CatalogFor(form)!;
        var effects = new List<CorrectionEffect>();
        foreach (var closed in earlier.Where(c => listed.Any(l => c.Covers(l.Project, l.Period))))
        {
            if (ledger.Frozen(form, closed.Period, published) is not { } json)
            {
                continue;
            }
            var now = Evaluate(snapshot, form, closed.Period, closed.AsOf, published, options with { Today = closed.AsOf },
                new HashSet<string>(), CorrectionList.Empty);
            effects.AddRange(CorrectionTables.Compare(closed.Period, catalog, FrozenForm.Read(json), now));
        }
        return new CorrectionList(listed, effects);
    }
}
