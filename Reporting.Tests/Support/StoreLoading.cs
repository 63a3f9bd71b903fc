using Reporting.Core.Domain;
using Reporting.Core.Reports;
using Reporting.Core.Storage;

namespace Reporting.Tests.Support;

/// <summary>Whole-database reads for tests that compare everything a store holds.</summary>
internal static class StoreLoading
{
    public static DataSet Load(this IReportingStore store)
    {
        using var read = store.OpenReader();
        return new DataSet(read.Programs(), read.Snapshots(ReportScope.AllProjects).ToList());
    }
}
