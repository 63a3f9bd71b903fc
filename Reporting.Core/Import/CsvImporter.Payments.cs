using Reporting.Core.Domain;
using Reporting.Core.Storage;
using S = Reporting.Core.Import.ImportSchema;

namespace Reporting.Core.Import;

internal static partial class CsvImporter
{
    private static void ReadExpenditure(RowCells row, ImportContext context)
    {
        var projectId = row.Required(S.ProjectId);
        var voucher = row.Required(S.VoucherNo);
        var date = row.Date(S.PaymentDate);
        var category = row.Required(S.CostCategory);
        var amount = row.Money(S.Amount, allowNegative: true);
        var payee = row.Text(S.Payee);
        var description = row.Text(S.Description);
        var project = KnownProject(row, context, projectId);

        void Check(Expenditure e, bool warn)
        {
            if (project is null)
            {
                return;
            }
            if (!context.HasBudgetLine(project.Id, e.CostCategory))
            {
                ReferenceError(row, context, S.CostCategory, RecordKind.BudgetLines,
                    ImportMessages.BudgetLineKey(projectId!, e.CostCategory), ImportMessages.UnknownCostCategory(e.CostCategory, projectId!));
            }
            if (e.PaymentDate > project.Runtime.End)
            {
                row.Error(S.PaymentDate, ImportMessages.PaymentAfterEnd(row.Trimmed(S.PaymentDate) ?? Iso(e.PaymentDate), projectId!, project.Runtime.End));
            }
            else if (warn && e.PaymentDate < project.Runtime.Start)
            {
                row.Warning(S.PaymentDate, ImportMessages.PaymentBeforeStart(row.Trimmed(S.PaymentDate) ?? Iso(e.PaymentDate), projectId!, project.Runtime.Start));
            }
        }

        if (project is not null && category is not null && !context.HasBudgetLine(project.Id, category))
        {
            ReferenceError(row, context, S.CostCategory, RecordKind.BudgetLines,
                ImportMessages.BudgetLineKey(projectId!, category), ImportMessages.UnknownCostCategory(category, projectId!));
        }
        if (project is not null && date is { } d && d > project.Runtime.End)
        {
            row.Error(S.PaymentDate, ImportMessages.PaymentAfterEnd(row.Trimmed(S.PaymentDate)!, projectId!, project.Runtime.End));
        }
        else if (project is not null && date is { } early && early < project.Runtime.Start)
        {
            row.Warning(S.PaymentDate, ImportMessages.PaymentBeforeStart(row.Trimmed(S.PaymentDate)!, projectId!, project.Runtime.Start));
        }
        if (projectId is null || voucher is null)
        {
            return;
        }
        Expenditure? candidate = date is { } pd && category is not null && amount is { } a
            ? new Expenditure(new ProjectId(projectId), voucher, pd, category, a, payee, description)
            : null;
        Expenditure Build(Expenditure s) => s with
        {
            PaymentDate = Pick(row, S.PaymentDate, date ?? s.PaymentDate, s.PaymentDate),
            CostCategory = Pick(row, S.CostCategory, category ?? s.CostCategory, s.CostCategory),
            Amount = Pick(row, S.Amount, amount ?? s.Amount, s.Amount),
            Payee = Pick(row, S.Payee, payee, s.Payee),
            Description = Pick(row, S.Description, description, s.Description),
        };
        Store(row, context, new RecordKey(RecordKind.Expenditures, projectId, voucher), S.VoucherNo, candidate, Build, Check);
    }

    private static void ReadDisbursement(RowCells row, ImportContext context)
    {
        var projectId = row.Required(S.ProjectId);
        var request = row.Required(S.RequestNo);
        var requested = row.Date(S.RequestDate);
        var received = row.Date(S.ReceivedDate);
        var amount = row.Money(S.Amount);
        KnownProject(row, context, projectId);
        if (projectId is null || request is null)
        {
            return;
        }
        Disbursement? candidate = amount is { } a ? new Disbursement(new ProjectId(projectId), request, requested, received, a) : null;
        Disbursement Build(Disbursement s) => s with
        {
            RequestDate = Pick(row, S.RequestDate, requested, s.RequestDate),
            ReceivedDate = Pick(row, S.ReceivedDate, received, s.ReceivedDate),
            Amount = Pick(row, S.Amount, amount ?? s.Amount, s.Amount),
        };
        Store(row, context, new RecordKey(RecordKind.Disbursements, projectId, request), S.RequestNo, candidate, Build, (_, _) => { });
    }
}
