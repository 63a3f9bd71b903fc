using Reporting.Core.Storage;

namespace Reporting.Core.Import;

/// <summary>One import file: bytes in memory, or a file on disk that is read as a stream.</summary>
/// <param name="Name">The name as given by the user; problems are reported under it.</param>
/// <param name="Content">The file's bytes (UTF-8 with or without BOM, or Windows-1252); empty when <see cref="Path"/> is set.</param>
/// <param name="Kind">The record kind when given explicitly; null to recognise it from the header.</param>
public sealed record ImportFile(string Name, byte[] Content, RecordKind? Kind = null)
{
    /// <summary>The file on disk to stream from, or null for <see cref="Content"/>.</summary>
    public string? Path { get; init; }

    /// <summary>A fresh stream over the file's bytes from its start (seekable).</summary>
    public Stream Open() => Path is null
        ? new MemoryStream(Content, writable: false)
        : new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);

    /// <summary>Names <paramref name="path"/> for streaming; nothing is read until the import reads it.</summary>
    public static ImportFile Read(string path, string name, RecordKind? kind = null) => new(name, [], kind) { Path = path };
}
