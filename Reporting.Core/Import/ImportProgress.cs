namespace Reporting.Core.Import;

/// <summary>How far an import is: the rows read so far of the file being read, or, once every file is read and
/// checked, that the rows are being written (<see cref="Storing"/>). Reported at the start and end of each file and
/// every <see cref="Every"/> rows in between: a counter in the row loop, no clock and no allocation per row.</summary>
/// <param name="File">The file's name as the user gave it.</param>
/// <param name="Rows">Data rows of <paramref name="File"/> read so far.</param>
/// <param name="Storing">The files are read and have no problem; the import is committing its transaction.</param>
public readonly record struct ImportProgress(string File, long Rows, bool Storing = false)
{
    /// <summary>Rows between two reports.</summary>
    public const int Every = 4096;
}
