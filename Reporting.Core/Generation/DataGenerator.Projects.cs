namespace Reporting.Core.Generation;

public static partial class DataGenerator
{
    private static void WritePrograms(CsvRowWriter programs)
    {
        foreach (var program in Catalogue.Programs)
        {
            programs.Cell(program.Id);
            programs.Cell(CsvRowWriter.Escape(program.Name));
            programs.Cell(program.Funder);
            programs.Cell(CsvRowWriter.Escape(program.LegalBasis));
            programs.EndRow();
        }
    }

    /// <summary>The project row and its financing plan: the lines add up to grant + own funds + third-party funds.</summary>
    private static void WriteProject(GeneratorFiles files, ProjectPlan plan)
    {
        var projects = files.Projects;
        projects.Cell(plan.Id);
        projects.Cell(plan.Program.Id);
        projects.Cell(plan.Name);
        projects.Cell(plan.Recipient);
        projects.Cell(plan.Region);
        projects.Date(plan.Start);
        projects.Date(plan.End);
        projects.Amount(plan.GrantCents);
        projects.Amount(plan.OwnFundsCents);
        projects.Amount(plan.ThirdPartyCents);
        if (plan.TargetPlacements is { } target)
        {
            projects.Integer(target);
        }
        else
        {
            projects.Empty();
        }
        projects.Integer(plan.Places);
        projects.Cell(plan.TargetKinds);
        projects.EndRow();

        var lines = files.BudgetLines;
        foreach (var line in plan.Lines)
        {
            lines.Cell(plan.Id);
            lines.Cell(line.Category.Code);
            lines.Cell(line.Category.Label);
            lines.Amount(line.ApprovedCents);
            lines.Empty(); // Haushaltsjahr: a plan for the whole runtime
            lines.EndRow();
        }
    }
}
