using System.Diagnostics.CodeAnalysis;

namespace Reporting.Core.Domain;

/// <summary>The value parsed from a text, or a message saying why it could not be parsed.</summary>
public readonly record struct ParseResult<T>
{
    private ParseResult(T? value, string? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    /// <summary>The user-facing reason, without file or line (the caller adds where it happened).</summary>
    public string? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Error is null;

    public static ParseResult<T> Ok(T value) => new(value, null);

    public static ParseResult<T> Fail(string error) => new(default, error);

    /// <summary>The value, or an exception carrying the message (for callers that treat failure as a bug).</summary>
    public T GetValueOrThrow() => Success ? Value : throw new FormatException(Error);
}
