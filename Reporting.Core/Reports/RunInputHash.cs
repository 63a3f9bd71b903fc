using System.Security.Cryptography;
using System.Text;
using Reporting.Core.Forms;

namespace Reporting.Core.Reports;

/// <summary>The hash of the records a report run read, kept in the audit trail and part of its run id.</summary>
/// <remarks>Every form but the Zielerreichung reads the records of its scope: its hash is <see cref="DataSetHash"/> of
/// the scope. The Zielerreichung reads only the projects and the summaries an import keeps (so that a Land-wide
/// overview does not read every voucher); its hash covers the projects and programs of the scope and the figures it read
/// from the summaries, as they stand in the form.</remarks>
public static class RunInputHash
{
    public static string Of(Storage.IStoreReader data, ReportJob job, IEnumerable<BuiltForm> built)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(built);
        if (job.Form != Forms.Builders.TargetsReport.Form)
        {
            return DataSetHash.Of(data, job.Scope);
        }
        var entries = data.Projects(job.Scope);
        var masters = DataSetHash.Of(new Domain.DataSet(
            entries.Select(e => e.Program).DistinctBy(p => p.Id).ToList(),
            entries.Select(e => new Domain.ProjectSnapshot(e.Project, e.Program, [], [], [], [], [])).ToList()));
        var text = new StringBuilder("targets\n").Append(masters).Append('\n');
        foreach (var form in built)
        {
            foreach (var (name, value) in Audit.FormValues.Of(form.Document))
            {
                text.Append(name).Append('\u001f').Append(value ?? "\u2400").Append('\n');
            }
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
