using Reporting.Core.Domain;
using Reporting.Core.Storage;
using S = Reporting.Core.Import.ImportSchema;

namespace Reporting.Core.Import;

public static partial class CsvImporter
{
    private static Expenditure? ReadExpenditure(RowCells row, ImportContext context)
    {
        var projectId = row.Required(S.ProjectId);
        var voucher = row.Required(S.VoucherNo);
        var date = row.Date(S.PaymentDate);
        var category = row.Required(S.CostCategory);
        var amount = row.Money(S.Amount, allowNegative: true);
        var payee = row.Text(S.Payee);
        var description = row.Text(S.Description);
        var project = KnownProject(row, context, projectId);

        if (project is not null)
        {
            if (category is not null && !context.HasBudgetLine(project.Id, category))
            {
                ReferenceError(row, context, S.CostCategory, RecordKind.BudgetLines,
                    ImportMessages.BudgetLineKey(projectId!, category), ImportMessages.UnknownCostCategory(category, projectId!));
            }
            if (date is { } d && d > project.Runtime.End)
            {
                row.Error(S.PaymentDate, ImportMessages.PaymentAfterEnd(row.Trimmed(S.PaymentDate)!, projectId!, project.Runtime.End));
            }
            else if (date is { } early && early < project.Runtime.Start)
            {
                row.Warning(S.PaymentDate, ImportMessages.PaymentBeforeStart(row.Trimmed(S.PaymentDate)!, projectId!, project.Runtime.Start));
            }
        }
        if (projectId is null || voucher is null
            || !IsNewKey(row, context, RecordKind.Expenditures, ImportMessages.VoucherKey(projectId, voucher), S.VoucherNo)
            || row.HasErrors)
        {
            return null;
        }
        return new Expenditure(new ProjectId(projectId), voucher, date!.Value, category!, amount!.Value, payee, description);
    }

    private static Disbursement? ReadDisbursement(RowCells row, ImportContext context)
    {
        var projectId = row.Required(S.ProjectId);
        var request = row.Required(S.RequestNo);
        var requested = row.Date(S.RequestDate);
        var received = row.Date(S.ReceivedDate);
        var amount = row.Money(S.Amount);
        KnownProject(row, context, projectId);
        if (projectId is null || request is null
            || !IsNewKey(row, context, RecordKind.Disbursements, ImportMessages.RequestKey(projectId, request), S.RequestNo)
            || row.HasErrors)
        {
            return null;
        }
        return new Disbursement(new ProjectId(projectId), request, requested, received, amount!.Value);
    }
}
