namespace Reporting.Core.Import;

/// <summary>One problem (or warning) found in an import file.</summary>
/// <param name="File">The file name as given by the user.</param>
/// <param name="Line">The physical line where the record starts; the header is line 1.</param>
/// <param name="Column">The column header as written in the file, or null when the problem concerns the whole line.</param>
/// <param name="Message">What is wrong, from <see cref="ImportMessages"/>; never a whole raw row.</param>
public sealed record ImportProblem(string File, int Line, string? Column, string Message)
{
    /// <summary><c>participants.csv line 7, column Eintritt: '31.02.2018' is not a date</c>; only the message for a
    /// problem of the whole import (no file).</summary>
    public override string ToString() => File.Length == 0 ? Message : Column is null
        ? $"{File} line {Line}: {Message}"
        : $"{File} line {Line}, column {Column}: {Message}";
}
