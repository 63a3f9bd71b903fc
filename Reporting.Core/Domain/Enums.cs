namespace Reporting.Core.Domain;

/// <summary>Why a participant left (Austrittsgrund).</summary>
public enum ExitReason
{
    Placement,
    Training,
    Dropout,
    Other,
}

/// <summary>Gender as recorded (f, m, d, x). Unknown is a null value, not a member.</summary>
public enum Gender
{
    Female,
    Male,
    Diverse,
    X,
}

/// <summary>Kind of a placement (Art der Vermittlung).</summary>
public enum PlacementKind
{
    /// <summary>Job subject to social insurance (sozialversicherungspflichtige Beschäftigung, svB).</summary>
    Employment,
    /// <summary>Apprenticeship (Ausbildung).</summary>
    Apprenticeship,
    /// <summary>Self-employment (Selbständigkeit).</summary>
    SelfEmployment,
    /// <summary>Subsidised employment (geförderte Beschäftigung).</summary>
    Subsidised,
    /// <summary>Other (Sonstige).</summary>
    Other,
}

internal static class DomainNames
{
    /// <summary>The snake_case code used in files, JSON and CSV.</summary>
    public static string Code(this PlacementKind kind) => kind switch
    {
        PlacementKind.Employment => "employment",
        PlacementKind.Apprenticeship => "apprenticeship",
        PlacementKind.SelfEmployment => "self_employment",
        PlacementKind.Subsidised => "subsidised",
        PlacementKind.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Code(this ExitReason reason) => reason switch
    {
        ExitReason.Placement => "placement",
        ExitReason.Training => "training",
        ExitReason.Dropout => "dropout",
        ExitReason.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(reason)),
    };

    public static string Code(this Gender gender) => gender switch
    {
        Gender.Female => "f",
        Gender.Male => "m",
        Gender.Diverse => "d",
        Gender.X => "x",
        _ => throw new ArgumentOutOfRangeException(nameof(gender)),
    };
}
