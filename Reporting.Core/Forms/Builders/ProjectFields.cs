using Reporting.Core.Domain;
using Reporting.Core.Text;
using static Reporting.Core.Forms.Builders.Spec;

namespace Reporting.Core.Forms.Builders;

/// <summary>Master data of a project (Stammdaten), shared by the project forms.</summary>
internal static class ProjectFields
{
    /// <param name="snapshot">The project.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="budgetYear">A year period is a budget year (Haushaltsjahr): the proof of use.</param>
    public static IReadOnlyList<FieldSpec<T>> For<T>(Func<T, ProjectSnapshot> snapshot, Func<T, ReportingPeriod> period, bool budgetYear = false) =>
    [
        Text<T>("project_id", "Projekt-ID", s => snapshot(s).Project.Id.Value),
        Text<T>("project_name", "Projekt", s => snapshot(s).Project.Name),
        Text<T>("program_id", "Programm-ID", s => snapshot(s).Program.Id.Value),
        Text<T>("program_name", "Programm", s => snapshot(s).Program.Name),
        Text<T>("funder", "Mittelgeber", s => snapshot(s).Program.Funder),
        Text<T>("legal_basis", "Rechtsgrundlage", s => snapshot(s).Program.LegalBasis),
        Text<T>("recipient", "Zuwendungsempfänger", s => snapshot(s).Project.Recipient),
        Text<T>("region", "Region", s => snapshot(s).Project.Region),
        Text<T>("runtime", "Bewilligungszeitraum", s => Range(snapshot(s).Project.Runtime)),
        Date<T>("start_date", "Projektbeginn", s => snapshot(s).Project.Runtime.Start),
        Date<T>("end_date", "Projektende", s => snapshot(s).Project.Runtime.End),
        Text<T>("period", "Berichtszeitraum", s => GermanPeriodName.WithDates(period(s), budgetYear)),
        Date<T>("period_from", "Berichtszeitraum von", s => period(s).From),
        Date<T>("period_to", "Berichtszeitraum bis (Stichtag)", s => period(s).To),
        Count<T>("places", "Plätze", s => snapshot(s).Project.Places),
        Count<T>("target_placements", "Zielwert Vermittlungen", s => snapshot(s).Project.TargetPlacements),
        Text<T>("target_kinds", "Zielarten", s => string.Join(", ", snapshot(s).Project.TargetKinds.Order().Select(GermanLabels.Of))),
    ];

    public static string Range(DateRange r) => $"{GermanFormat.Date(r.Start)} – {GermanFormat.Date(r.End)}";
}
