using Reporting.Core.Import;

namespace Reporting.Core.Audit;

/// <summary>What the audit trail keeps of one committed import: each file with its SHA-256 and what the import did
/// with its rows, who ran it, when and with which version.</summary>
public sealed record ImportAudit(DateTimeOffset At, AuditActor Actor, IReadOnlyList<ImportedFile> Files)
{
    /// <summary>The record of a successful import of <paramref name="files"/>.</summary>
    /// <param name="hashes">The files' SHA-256 hashes (<see cref="Hashes"/>), when taken already; else they are taken here.</param>
    public static ImportAudit Of(IReadOnlyList<ImportFile> files, ImportOutcome outcome, DateTimeOffset at, AuditActor actor,
        IReadOnlyList<string>? hashes = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(outcome);
        hashes ??= Hashes(files);
        var recorded = new List<ImportedFile>(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            var summary = outcome.Files[i];
            recorded.Add(new ImportedFile(summary.Name, summary.Kind is { } k ? k.Word() : null, hashes[i], summary.Rows,
                summary.Added, summary.Changed, summary.Unchanged, i < outcome.FileProjects.Count ? outcome.FileProjects[i] : []));
        }
        return new ImportAudit(at, actor, recorded);
    }

    /// <summary>The SHA-256 of each file's bytes (lower-case hex), in the order of <paramref name="files"/>.</summary>
    public static string[] Hashes(IReadOnlyList<ImportFile> files) => files.Select(Sha256).ToArray();

    private static string Sha256(ImportFile file)
    {
        using var stream = file.Open();
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
    }
}

/// <summary>One file of an import as recorded: name as given, record kind, SHA-256 of its bytes, row counts and the
/// projects its rows belong to.</summary>
public sealed record ImportedFile(string Name, string? Kind, string Sha256, int Rows, int Added, int Changed, int Unchanged,
    IReadOnlyList<string> Projects);
