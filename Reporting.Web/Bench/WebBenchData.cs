using System.Globalization;
using Reporting.Core.Bench;
using Reporting.Core.Domain;
using Reporting.Core.Storage;

namespace Reporting.Web.Bench;

/// <summary>The database the web bench reads: <see cref="SyntheticData"/>'s small projects, or copies of the projects
/// of an existing database (for example the demo's, whose projects have the size of real ones) under new ids until
/// there are enough.</summary>
public static class WebBenchData
{
    public static DataSet Make(int projects, DataSet? template)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(projects, 1);
        if (template is null || template.Projects.Count == 0)
        {
            return SyntheticData.Create(new SyntheticSize(projects, 36));
        }
        var copies = new List<ProjectSnapshot>(projects);
        for (var i = 0; copies.Count < projects; i++)
        {
            var source = template.Projects[i % template.Projects.Count];
            var round = i / template.Projects.Count;
            copies.Add(round == 0 ? source : Copy(source, new ProjectId(string.Create(CultureInfo.InvariantCulture, $"{source.Project.Id}-{round:000}"))));
        }
        return new DataSet(template.Programs, copies);
    }

    public static void Save(IReportingStore store, DataSet data)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(data);
        store.Migrate();
        store.Save(new ImportBatch(
            data.Programs,
            data.Projects.Select(p => p.Project).ToList(),
            data.Projects.SelectMany(p => p.BudgetLines).ToList(),
            data.Projects.SelectMany(p => p.Participants).ToList(),
            data.Projects.SelectMany(p => p.Placements).ToList(),
            data.Projects.SelectMany(p => p.Expenditures).ToList(),
            data.Projects.SelectMany(p => p.Disbursements).ToList()));
    }

    private static ProjectSnapshot Copy(ProjectSnapshot s, ProjectId id) => new(
        s.Project with { Id = id, Name = $"{s.Project.Name} ({id})" },
        s.Program,
        s.BudgetLines.Select(b => b with { ProjectId = id }).ToList(),
        s.Participants.Select(p => p with { ProjectId = id }).ToList(),
        s.Placements.Select(p => p with { ProjectId = id }).ToList(),
        s.Expenditures.Select(e => e with { ProjectId = id }).ToList(),
        s.Disbursements.Select(d => d with { ProjectId = id }).ToList());
}
