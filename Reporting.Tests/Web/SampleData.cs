using Reporting.Core.Domain;
using Reporting.Core.Figures;
using Reporting.Core.Reports;
using Reporting.Core.Storage;

namespace Reporting.Tests.Web;

/// <summary>The figures engine run directly on the sample database: what the pages must show.</summary>
internal static class SampleData
{
    public static DataSet Load()
    {
        using var store = new SqliteStore(WebSamples.Database);
        return store.Load();
    }

    public static TargetsOverview Targets(DateOnly asOf, ReportScope? scope = null) =>
        TargetsOverview.Build("x", (scope ?? ReportScope.AllProjects).Select(Load()), asOf);

    public static ProjectSnapshot Project(string id) => Load().Find(new ProjectId(id))!;

    public static readonly DateOnly KeyDate = new(2019, 3, 26);
}
