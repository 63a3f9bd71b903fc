using Reporting.Core.Domain;
using Reporting.Core.Storage;
using S = Reporting.Core.Import.ImportSchema;

namespace Reporting.Core.Import;

public static partial class CsvImporter
{
    private static FundingProgram? ReadProgram(RowCells row, ImportContext context)
    {
        var id = row.Required(S.ProgramId);
        var name = row.Text(S.ProgramName);
        var funder = row.Text(S.Funder);
        var legalBasis = row.Text(S.LegalBasis);
        if (id is not null)
        {
            RejectIfFailed(row, context, RecordKind.Programs, ImportMessages.ProgramKey(id));
        }
        if (id is null || !IsNewKey(row, context, RecordKind.Programs, ImportMessages.ProgramKey(id), S.ProgramId))
        {
            return null;
        }
        return new FundingProgram(new ProgramId(id), name ?? id, funder, legalBasis);
    }

    private static Project? ReadProject(RowCells row, ImportContext context)
    {
        var id = row.Required(S.ProjectId);
        var programId = row.Required(S.ProgramId);
        var name = row.Text(S.ProjectName);
        var recipient = row.Text(S.Recipient);
        var region = row.Text(S.Region);
        var start = row.Date(S.StartDate);
        var end = row.Date(S.EndDate);
        var grant = row.Money(S.GrantAmount);
        var ownFunds = row.Money(S.OwnFunds) ?? Money.Zero;
        var thirdParty = row.Money(S.ThirdPartyFunds) ?? Money.Zero;
        var targetPlacements = row.Integer(S.TargetPlacements);
        var places = row.Integer(S.Places);
        var targetKinds = row.PlacementKinds(S.TargetKinds) ?? Project.DefaultTargetKinds;

        if (programId is not null && !context.HasProgram(new ProgramId(programId)))
        {
            ReferenceError(row, context, S.ProgramId, RecordKind.Programs, ImportMessages.ProgramKey(programId),
                ImportMessages.UnknownProgram(programId));
        }
        if (start is { } s && end is { } e && e < s)
        {
            row.Error(S.EndDate, ImportMessages.EndBeforeStart(row.Trimmed(S.EndDate)!, s));
        }
        if (id is not null)
        {
            RejectIfFailed(row, context, RecordKind.Projects, ImportMessages.ProjectKey(id));
        }
        if (id is null || !IsNewKey(row, context, RecordKind.Projects, ImportMessages.ProjectKey(id), S.ProjectId)
            || row.HasErrors)
        {
            return null;
        }
        return new Project(
            new ProjectId(id),
            new ProgramId(programId!),
            name ?? id,
            recipient,
            region,
            new DateRange(start!.Value, end!.Value),
            grant!.Value,
            ownFunds,
            thirdParty,
            targetPlacements,
            places,
            targetKinds);
    }

    private static BudgetLine? ReadBudgetLine(RowCells row, ImportContext context)
    {
        var projectId = row.Required(S.ProjectId);
        var category = row.Required(S.CostCategory);
        var label = row.Text(S.Label);
        var approved = row.Money(S.ApprovedAmount);
        KnownProject(row, context, projectId);
        if (projectId is not null && category is not null)
        {
            RejectIfFailed(row, context, RecordKind.BudgetLines, ImportMessages.BudgetLineKey(projectId, category));
        }
        if (projectId is null || category is null
            || !IsNewKey(row, context, RecordKind.BudgetLines, ImportMessages.BudgetLineKey(projectId, category), S.CostCategory)
            || row.HasErrors)
        {
            return null;
        }
        return new BudgetLine(new ProjectId(projectId), category, label, approved!.Value);
    }
}
