using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Reporting.Core.Domain;

namespace Reporting.Core.Reports;

/// <summary>A SHA-256 over every record of a data set in a canonical text form, so a run log can say exactly
/// which input data a report was made from, and an unchanged input can be recognised.</summary>
internal static class DataSetHash
{
    /// <summary>The hash of the records of <paramref name="scope"/> (its projects, their programs and records), read one
    /// project at a time: the store hands them over by project id, so no more than one project is held.</summary>
    public static string Of(Storage.IStoreReader data, ReportScope scope)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(scope);
        var programs = data.Projects(scope).Select(p => p.Program).DistinctBy(p => p.Id).ToList();
        return Of(programs, InIdOrder(data.Snapshots(scope)));
    }

    public static string Of(DataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Of(data.Programs, data.Projects.OrderBy(p => p.Project.Id.Value, StringComparer.Ordinal));
    }

    /// <summary>Passes the snapshots on as they are read, making sure they come by project id (ordinal), as
    /// <see cref="Storage.IStoreReader.Snapshots"/> promises: sorting them here would hold every project of the scope.</summary>
    private static IEnumerable<ProjectSnapshot> InIdOrder(IEnumerable<ProjectSnapshot> snapshots)
    {
        string? last = null;
        foreach (var snapshot in snapshots)
        {
            var id = snapshot.Project.Id.Value;
            if (last is not null && string.CompareOrdinal(last, id) >= 0)
            {
                throw new InvalidOperationException($"the store read project '{id}' after '{last}', out of id order");
            }
            last = id;
            yield return snapshot;
        }
    }

    /// <param name="projects">By project id (ordinal).</param>
    private static string Of(IEnumerable<FundingProgram> programs, IEnumerable<ProjectSnapshot> projects)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Line(params object?[] values)
        {
            var text = string.Join('\u001f', values.Select(Format)) + "\n";
            hash.AppendData(Encoding.UTF8.GetBytes(text));
        }

        foreach (var p in programs.OrderBy(p => p.Id.Value, StringComparer.Ordinal))
        {
            Line("program", p.Id, p.Name, p.Funder, p.LegalBasis);
        }
        foreach (var s in projects)
        {
            var p = s.Project;
            Line("project", p.Id, p.ProgramId, p.Name, p.Recipient, p.Region, p.Runtime.Start, p.Runtime.End, p.Grant, p.OwnFunds,
                p.ThirdPartyFunds, p.TargetPlacements, p.Places, string.Join(';', p.TargetKinds.Order().Select(k => k.Code())));
            foreach (var b in s.BudgetLines.OrderBy(b => b.CostCategory, StringComparer.Ordinal).ThenBy(b => b.BudgetYear))
            {
                // A line without a budget year hashes as before budget years existed.
                if (b.BudgetYear is { } year)
                    Line("budget", b.ProjectId, b.CostCategory, b.Label, b.Approved, year);
                else
                    Line("budget", b.ProjectId, b.CostCategory, b.Label, b.Approved);
            }
            foreach (var x in s.Participants.OrderBy(x => x.Id.Value, StringComparer.Ordinal))
                Line("participant", x.ProjectId, x.Id, x.EntryDate, x.ExitDate, x.ExitReason?.Code(), x.Gender?.Code(), x.BirthYear,
                    x.LongTermUnemployed, x.Refugee, x.SeverelyDisabled);
            foreach (var x in s.Placements.OrderBy(x => x.ParticipantId.Value, StringComparer.Ordinal).ThenBy(x => x.Date).ThenBy(x => x.Kind))
                Line("placement", x.ProjectId, x.ParticipantId, x.Date, x.Kind.Code(), x.Sector, x.Sustained6m);
            foreach (var x in s.Expenditures.OrderBy(x => x.VoucherNo, StringComparer.Ordinal))
                Line("expenditure", x.ProjectId, x.VoucherNo, x.PaymentDate, x.CostCategory, x.Amount, x.Payee, x.Description);
            foreach (var x in s.Disbursements.OrderBy(x => x.RequestNo, StringComparer.Ordinal))
                Line("disbursement", x.ProjectId, x.RequestNo, x.RequestDate, x.ReceivedDate, x.Amount);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static string Format(object? value) => value switch
    {
        null => "\u2400",
        DateOnly d => d.ToString(Text.GermanFormat.IsoDatePattern, CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>SHA-256 of a file's bytes, lower-case hex.</summary>
    public static string OfFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
