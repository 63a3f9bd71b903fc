using System.Globalization;

namespace Reporting.Core.Pdf.Layout;

/// <summary>What an element can do with the space it was offered.</summary>
internal enum SpacePlanKind
{
    /// <summary>Nothing left to draw.</summary>
    Empty,

    /// <summary>Nothing fits here; try again on the next page (the reason says why).</summary>
    Wrap,

    /// <summary>A part fits; the rest continues on the next page.</summary>
    Partial,

    /// <summary>Everything that is left fits.</summary>
    Full,
}

/// <summary>The answer of <see cref="Element.Measure"/>, as in QuestPDF: Empty, Wrap(reason), Partial(height) or Full(height).</summary>
internal readonly record struct SpacePlan(SpacePlanKind Kind, float Height, string? Reason)
{
    /// <summary>Nothing to draw.</summary>
    public static SpacePlan Empty => new(SpacePlanKind.Empty, 0, null);

    /// <summary>Does not fit; <paramref name="reason"/> names the element and the problem.</summary>
    public static SpacePlan Wrap(string reason) => new(SpacePlanKind.Wrap, 0, reason);

    /// <summary>A part of the given height fits.</summary>
    public static SpacePlan Partial(float height) => new(SpacePlanKind.Partial, height, null);

    /// <summary>All of it fits in the given height.</summary>
    public static SpacePlan Full(float height) => new(SpacePlanKind.Full, height, null);

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        SpacePlanKind.Wrap => $"Wrap({Reason})",
        SpacePlanKind.Empty => "Empty",
        _ => string.Create(CultureInfo.InvariantCulture, $"{Kind}({Height:0.##})"),
    };
}
