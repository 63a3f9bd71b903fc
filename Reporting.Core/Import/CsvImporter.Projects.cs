using Reporting.Core.Domain;
using Reporting.Core.Storage;
using S = Reporting.Core.Import.ImportSchema;

namespace Reporting.Core.Import;

internal static partial class CsvImporter
{
    private static void ReadProgram(RowCells row, ImportContext context)
    {
        var id = row.Required(S.ProgramId);
        var name = row.Text(S.ProgramName);
        var funder = row.Text(S.Funder);
        var legalBasis = row.Text(S.LegalBasis);
        if (id is null)
        {
            return;
        }
        var candidate = new FundingProgram(new ProgramId(id), name ?? id, funder, legalBasis);
        FundingProgram Build(FundingProgram s) => s with
        {
            Name = Pick(row, S.ProgramName, name ?? id, s.Name),
            Funder = Pick(row, S.Funder, funder, s.Funder),
            LegalBasis = Pick(row, S.LegalBasis, legalBasis, s.LegalBasis),
        };
        Store(row, context, RecordKey.Of(candidate), S.ProgramId, candidate, Build, (_, _) => { });
    }

    private static void ReadProject(RowCells row, ImportContext context)
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

        void Check(Project p, bool warn)
        {
            if (!context.HasProgram(p.ProgramId))
            {
                ReferenceError(row, context, S.ProgramId, RecordKind.Programs, ImportMessages.ProgramKey(p.ProgramId.Value),
                    ImportMessages.UnknownProgram(p.ProgramId.Value));
            }
            if (p.Runtime.End < p.Runtime.Start)
            {
                row.Error(S.EndDate, ImportMessages.EndBeforeStart(row.Trimmed(S.EndDate) ?? Iso(p.Runtime.End), p.Runtime.Start));
            }
        }

        if (programId is not null && !context.HasProgram(new ProgramId(programId)))
        {
            ReferenceError(row, context, S.ProgramId, RecordKind.Programs, ImportMessages.ProgramKey(programId),
                ImportMessages.UnknownProgram(programId));
        }
        if (start is { } s0 && end is { } e0 && e0 < s0)
        {
            row.Error(S.EndDate, ImportMessages.EndBeforeStart(row.Trimmed(S.EndDate)!, s0));
        }
        if (id is null)
        {
            return;
        }
        Project? candidate = programId is not null && start is { } s1 && end is { } e1 && e1 >= s1 && grant is { } g
            ? new Project(new ProjectId(id), new ProgramId(programId), name ?? id, recipient, region, new DateRange(s1, e1), g,
                ownFunds, thirdParty, targetPlacements, places, targetKinds)
            : null;
        Project Build(Project s)
        {
            var startDate = Pick(row, S.StartDate, start ?? s.Runtime.Start, s.Runtime.Start);
            var endDate = Pick(row, S.EndDate, end ?? s.Runtime.End, s.Runtime.End);
            return s with
            {
                ProgramId = Pick(row, S.ProgramId, programId is null ? s.ProgramId : new ProgramId(programId), s.ProgramId),
                Name = Pick(row, S.ProjectName, name ?? id, s.Name),
                Recipient = Pick(row, S.Recipient, recipient, s.Recipient),
                Region = Pick(row, S.Region, region, s.Region),
                Runtime = endDate < startDate ? new DateRange(startDate, startDate) : new DateRange(startDate, endDate),
                Grant = Pick(row, S.GrantAmount, grant ?? s.Grant, s.Grant),
                OwnFunds = Pick(row, S.OwnFunds, ownFunds, s.OwnFunds),
                ThirdPartyFunds = Pick(row, S.ThirdPartyFunds, thirdParty, s.ThirdPartyFunds),
                TargetPlacements = Pick(row, S.TargetPlacements, targetPlacements, s.TargetPlacements),
                Places = Pick(row, S.Places, places, s.Places),
                TargetKinds = Pick(row, S.TargetKinds, targetKinds, s.TargetKinds),
            };
        }
        void CheckMerged(Project p, bool warn)
        {
            var startDate = Pick(row, S.StartDate, start, (DateOnly?)p.Runtime.Start);
            var endDate = Pick(row, S.EndDate, end, (DateOnly?)p.Runtime.End);
            if (startDate is { } a && endDate is { } b && b < a)
            {
                row.Error(S.EndDate, ImportMessages.EndBeforeStart(row.Trimmed(S.EndDate) ?? Iso(b), a));
            }
            Check(p, warn);
        }
        var addedBefore = context.Added;
        Store(row, context, new RecordKey(RecordKind.Projects, id), S.ProjectId, candidate, Build,
            CheckMerged);
        // A project this import adds has only records this import writes, each checked against its runtime as read;
        // only a stored project's records can lie outside a changed runtime.
        if (context.Added > addedBefore)
        {
            context.ProjectAdded(id);
        }
        else if (!row.HasErrors && context.Project(new ProjectId(id)) is { } now)
        {
            context.RuntimeWritten(now, row.File, row.Line);
        }
    }

    private static void ReadBudgetLine(RowCells row, ImportContext context)
    {
        var projectId = row.Required(S.ProjectId);
        var category = row.Required(S.CostCategory);
        var label = row.Text(S.Label);
        var approved = row.Money(S.ApprovedAmount);
        var year = row.Integer(S.BudgetYear);
        var project = KnownProject(row, context, projectId);
        if (project is not null && (year is not null || row.Trimmed(S.BudgetYear) is null))
        {
            CheckBudgetYear(row, context, project, year);
        }
        if (projectId is null || category is null)
        {
            return;
        }
        BudgetLine? candidate = approved is { } a ? new BudgetLine(new ProjectId(projectId), category, label, a, year) : null;
        BudgetLine Build(BudgetLine s) => s with
        {
            Label = Pick(row, S.Label, label, s.Label),
            Approved = Pick(row, S.ApprovedAmount, approved ?? s.Approved, s.Approved),
        };
        Store(row, context, RecordKey.OfBudgetLine(projectId, category, year), S.CostCategory, candidate, Build, (_, _) => { });
        if (year is not null)
        {
            context.AddYear(new ProjectId(projectId), category, row.HasErrors ? null : approved, context.FileIndex, row.File, row.Line,
                row.Header(S.ApprovedAmount));
        }
    }
}
