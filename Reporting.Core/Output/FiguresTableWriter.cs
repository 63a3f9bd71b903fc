using Reporting.Core.Figures;
using Reporting.Core.Text;

namespace Reporting.Core.Output;

/// <summary>Figures as readable aligned text tables with German formats (the CLI's <c>--format table</c>).</summary>
public static class FiguresTableWriter
{
    public static void Write(ProjectFigures figures, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"{figures.ProjectId} {figures.ProjectName}: {figures.Period.Label} " +
            $"({GermanFormat.Date(figures.Period.From)} – {GermanFormat.Date(figures.Period.To)})");
        output.WriteLine();
        var rows = FigureRows.Of(figures).Where(r => r.Section != "project")
            .Select(r => (IReadOnlyList<FigureCell>)[FigureCell.Of(r.Section), FigureCell.Of(r.Figure), FigureCell.Of(r.Key), r.Value])
            .ToList();
        TextTable.Write(output, ["Bereich", "Kennzahl", "Schlüssel", "Wert"], rows);
    }

    public static void WriteTargets(TargetsOverview overview, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(overview);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"Zielerreichung {overview.Scope}, Stand {GermanFormat.Date(overview.AsOf)}");
        output.WriteLine();
        var rows = overview.Rows.Select(FiguresCsvWriter.TargetCells).Append(FiguresCsvWriter.TotalCells(overview.Total)).ToList();
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
}
