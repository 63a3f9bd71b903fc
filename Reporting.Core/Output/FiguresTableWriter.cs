using Reporting.Core.Figures;
using Reporting.Core.Forms.Builders;
using Reporting.Core.Text;

namespace Reporting.Core.Output;

/// <summary>Figures as readable aligned text tables with German labels (those the forms print, see
/// <see cref="GermanLabels"/>) and German formats: the CLI's <c>--format table</c>. The keys stay in JSON and CSV.</summary>
public static class FiguresTableWriter
{
    public static void Write(ProjectFigures figures, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"{figures.ProjectId} {figures.ProjectName}: {GermanPeriodName.WithDates(figures.Period)}");
        output.WriteLine();
        var rows = FigureRows.Of(figures).Where(r => r.Section != "project")
            .Select(r => (IReadOnlyList<FigureCell>)
            [
                FigureCell.Of(GermanLabels.FigureSection(r.Section)),
                FigureCell.Of(GermanLabels.Figure(r.Section, r.Figure)),
                FigureCell.Of(GermanLabels.FigureKey(r.Section, r.Figure, r.Key)),
                r.Figure == "status" ? German(r.Value) : r.Value,
            ])
            .ToList();
        TextTable.Write(output, ["Bereich", "Kennzahl", "Aufschlüsselung", "Wert"], rows);
    }

    private const int StatusColumn = 8;
    private const int NextDeadlineColumn = 13;
    private const int DeadlineStatusColumn = 15;

    public static void WriteTargets(TargetsOverview overview, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(overview);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"Zielerreichung {overview.Scope}, Stand {GermanFormat.Date(overview.AsOf)}");
        output.WriteLine();
        var rows = FiguresCsvWriter.TargetRows(overview)
            .Select(cells => (IReadOnlyList<FigureCell>)[.. cells.Select((c, i) => i switch
            {
                0 when c.Text == "total" => FigureCell.Of("Summe"),
                StatusColumn or NextDeadlineColumn or DeadlineStatusColumn => German(c),
                _ => c,
            })])
            .ToList();
        TextTable.Write(output,
        [
            "Projekt", "Name", "Programm", "Ziel", "Vermittelt", "Erreicht", "Soll bis jetzt", "Prognose", "Status",
            "Ausgaben kum.", "Gesamtbudget", "Mittelabfluss", "Überhang", "Nächste Frist", "Fällig", "Fristenstatus",
        ], rows);
        if (overview.NotStarted.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Noch nicht begonnen: " + string.Join(", ", overview.NotStarted));
        }
    }

    /// <summary>A code value (status, deadline kind) in German; numbers, dates and other text as they are.</summary>
    private static FigureCell German(FigureCell cell) =>
        cell.Kind == FigureCellKind.Text && cell.Text is { } code ? FigureCell.Of(GermanLabels.FigureCode(code)) : cell;
}
