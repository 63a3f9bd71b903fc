using Reporting.Core.Storage;

namespace Reporting.Core.Import;

/// <summary>The raw bytes of one import file.</summary>
/// <param name="Name">The name as given by the user; problems are reported under it.</param>
/// <param name="Content">The file's bytes (UTF-8 with or without BOM, or Windows-1252).</param>
/// <param name="Kind">The record kind when given explicitly; null to recognise it from the header.</param>
public sealed record ImportFile(string Name, byte[] Content, RecordKind? Kind = null)
{
    /// <summary>Reads <paramref name="path"/> whole; the only I/O of the import.</summary>
    public static ImportFile Read(string path, string name, RecordKind? kind = null) =>
        new(name, File.ReadAllBytes(path), kind);
}
