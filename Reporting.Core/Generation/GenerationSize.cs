namespace Reporting.Core.Generation;

/// <summary>The language of the generated files' header rows and codes (both are allowed by the import contract).</summary>
public enum HeaderLanguage
{
    /// <summary><c>Projekt-ID</c>, <c>Eintritt</c>, codes such as <c>Vermittlung</c>, <c>svB</c>, <c>w</c>, <c>ja</c>.</summary>
    German,

    /// <summary><c>project_id</c>, <c>entry_date</c>, codes such as <c>placement</c>, <c>employment</c>, <c>f</c>, <c>yes</c>.</summary>
    English,
}

/// <summary>What <see cref="DataGenerator"/> makes: how many projects, participants and vouchers, from which seed.</summary>
/// <param name="Projects">Projects (at least 1); programs are a fixed catalogue shared by them.</param>
/// <param name="Participants">Participants over all projects, split by project size.</param>
/// <param name="Vouchers">Expenditures over all projects, split by project size.</param>
/// <param name="Seed">Same seed and sizes, same bytes.</param>
public sealed record GenerationSize(int Projects, long Participants, long Vouchers, ulong Seed = GenerationSize.DefaultSeed)
{
    public const ulong DefaultSeed = 2018;

    /// <summary>Write only the project with this id (the same records as in the whole data set) and all programs.</summary>
    public string? OnlyProject { get; init; }

    /// <summary>Header language (German by default).</summary>
    public HeaderLanguage Headers { get; init; } = HeaderLanguage.German;

    /// <summary>Throws when a count is out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Projects, 1, nameof(Projects));
        ArgumentOutOfRangeException.ThrowIfNegative(Participants, nameof(Participants));
        ArgumentOutOfRangeException.ThrowIfNegative(Vouchers, nameof(Vouchers));
    }
}
