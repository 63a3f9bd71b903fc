using Reporting.Core.Domain;
using Reporting.Core.Text;
using S = Reporting.Core.Import.ImportSchema;

namespace Reporting.Core.Import;

internal static partial class CsvImporter
{
    /// <summary>A budget year lies in the runtime; a project's lines are all with a year or all without one (in this
    /// import, and against a stored plan by year).</summary>
    private static void CheckBudgetYear(RowCells row, ImportContext context, Project project, int? year)
    {
        if (year is { } y && (y < project.Runtime.Start.Year || y > project.Runtime.End.Year))
        {
            row.Error(S.BudgetYear, ImportMessages.BudgetYearOutsideRuntime(y, project.Id.Value, project.Runtime.Start.Year, project.Runtime.End.Year));
            return;
        }
        var first = context.FirstImportLine(project.Id, year is not null, row.File, row.Line);
        if (first.HasYear != year is not null)
        {
            row.Error(S.BudgetYear, ImportMessages.BudgetYearsMixed(project.Id.Value, year is not null,
                ImportMessages.Where(first.File, first.Line, first.File == row.File)));
        }
        else if (year is null && context.StoredPlan(project.Id).HasYears == true)
        {
            row.Error(S.BudgetYear, ImportMessages.RuntimeLineOnYearlyPlan(project.Id.Value));
        }
    }

    /// <summary>A plan by year that replaces a stored plan for the runtime must split each stored category's amount:
    /// its years add up to it.</summary>
    private static void CheckBudgetYearSums(ImportContext context, ImportProblems problems)
    {
        foreach (var (project, category, runtime, years) in context.YearsAgainstStoredRuntime())
        {
            if (years is null)
            {
                var at = context.FirstYearLine(project)!;
                problems.Error(at.File, at.Line, null, ImportMessages.CategoryWithoutBudgetYears(category, project.Value, GermanFormat.Euro(runtime)));
            }
            else if (years.Complete && years.Sum != runtime)
            {
                problems.Error(years.File, years.Line, years.Column,
                    ImportMessages.BudgetYearsDoNotAddUp(category, project.Value, GermanFormat.Euro(years.Sum), GermanFormat.Euro(runtime)));
            }
        }
    }

    /// <summary>A plan by year replaces a stored plan for the runtime: the stored lines without a year are removed
    /// (counted as changed, in the file of the project's first line with a year).</summary>
    private static void ReplaceRuntimePlans(ImportContext context, ImportFileSummary[] summaries)
    {
        foreach (var project in context.ProjectsReplacingRuntimePlans())
        {
            var removed = context.Session.RemoveBudgetLinesWithoutYear(project);
            var at = context.FirstYearLine(project)!;
            summaries[at.FileIndex] = summaries[at.FileIndex] with { Changed = summaries[at.FileIndex].Changed + removed };
        }
    }
}
