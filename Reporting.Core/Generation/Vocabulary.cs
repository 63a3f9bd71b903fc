using Reporting.Core.Domain;

namespace Reporting.Core.Generation;

/// <summary>How codes are spelled in the generated files: German (<c>Vermittlung</c>, <c>svB</c>, <c>w</c>, <c>ja</c>)
/// or English (<c>placement</c>, <c>employment</c>, <c>f</c>, <c>yes</c>), both accepted by the import contract.</summary>
internal sealed class Vocabulary
{
    public static readonly Vocabulary German = new(
        ["Vermittlung", "Qualifizierung", "Abbruch", "Sonstiges"],
        ["svB", "Ausbildung", "Selbständigkeit", "geförderte Beschäftigung", "Sonstige"],
        ["w", "m", "d", "x"],
        "ja", "nein");

    public static readonly Vocabulary English = new(
        ["placement", "training", "dropout", "other"],
        ["employment", "apprenticeship", "self_employment", "subsidised", "other"],
        ["f", "m", "d", "x"],
        "yes", "no");

    private readonly string[] _reasons;
    private readonly string[] _kinds;
    private readonly string[] _genders;
    private readonly string _yes;
    private readonly string _no;

    private Vocabulary(string[] reasons, string[] kinds, string[] genders, string yes, string no) =>
        (_reasons, _kinds, _genders, _yes, _no) = (reasons, kinds, genders, yes, no);

    public static Vocabulary Of(HeaderLanguage language) => language == HeaderLanguage.English ? English : German;

    public string Reason(ExitReason reason) => _reasons[(int)reason];

    public string Kind(PlacementKind kind) => _kinds[(int)kind];

    public string Gender(Gender gender) => _genders[(int)gender];

    public string Flag(bool? value) => value is null ? "" : value.Value ? _yes : _no;
}
