using System.Text;
using System.Text.RegularExpressions;

namespace Reporting.Core.Import;

/// <summary>Keeps participant data pseudonymous (docs/import.md, "Data protection"): a header cell that names personal
/// data (a person's name, an address, a full date of birth, a phone number, an e-mail address) is refused in a file of
/// any kind, and so is a participant id that reads like a name or an e-mail address.</summary>
/// <remarks>Headers are compared folded: lower case, umlauts and ß written out (<c>Straße</c> = <c>strasse</c>), every
/// character other than a letter or digit dropped (<c>Geb.-Datum</c> = <c>gebdatum</c>, <c>E-Mail</c> = <c>email</c>).
/// A header is personal data when its folded whole is a known name, when it contains one of the unambiguous words
/// (<c>Nachname des Teilnehmers</c>, <c>Telefon privat</c>, <c>E-Mail-Adresse</c>), or when one of its words is one of the
/// short ones (<c>Name</c>, <c>Mail</c>, <c>PLZ</c>). A column the record kind knows (the <c>name</c> of a program or
/// project, the payee of a voucher) is never refused: the caller asks only about unknown columns. Messages never
/// repeat the value of a cell.</remarks>
public static partial class PersonalData
{
    private static readonly Dictionary<string, string> Whole = Table(
        ("a name", "name vorname nachname familienname geburtsname zuname rufname vollername nameteilnehmer teilnehmername "
            + "teilnehmendenname personenname firstname lastname surname givenname fullname familyname forename middlename "
            + "maidenname personname participantname"),
        ("an address", "strasse str hausnummer hausnr adresse anschrift wohnadresse wohnanschrift wohnort plz postleitzahl ort "
            + "plzort ortplz address streetaddress street housenumber zip zipcode postcode postalcode city homeaddress"),
        ("a date of birth", "geburtsdatum gebdatum gebdat geburtstag dateofbirth dob birthdate birthday"),
        ("a phone number", "telefon telefonnummer tel telnr handy handynummer mobil mobilnummer mobiltelefon mobilfunk "
            + "mobilfunknummer festnetz phone phonenumber telephone mobile mobilephone cell cellphone"),
        ("an e-mail address", "email emailadresse mail mailadresse emailaddress"));

    private static readonly (string Part, string What)[] Parts =
    [
        ("email", "an e-mail address"),
        ("vorname", "a name"), ("nachname", "a name"), ("familienname", "a name"), ("geburtsname", "a name"),
        ("firstname", "a name"), ("lastname", "a name"), ("surname", "a name"),
        ("strasse", "an address"), ("hausnummer", "an address"), ("anschrift", "an address"), ("adresse", "an address"),
        ("address", "an address"), ("postleitzahl", "an address"),
        ("geburtsdatum", "a date of birth"), ("dateofbirth", "a date of birth"), ("birthdate", "a date of birth"),
        ("telefon", "a phone number"), ("handynummer", "a phone number"), ("mobilnummer", "a phone number"),
        ("phonenumber", "a phone number"),
    ];

    private static readonly Dictionary<string, string> Words = Table(
        ("a name", "name"), ("an address", "plz street"), ("a date of birth", "dob"),
        ("a phone number", "tel handy mobil phone"), ("an e-mail address", "mail"));

    private static Dictionary<string, string> Table(params (string What, string Names)[] groups) =>
        groups.SelectMany(g => g.Names.Split(' ').Select(n => (Name: n, g.What))).ToDictionary(x => x.Name, x => x.What, StringComparer.Ordinal);

    /// <summary>What personal data <paramref name="header"/> names (<c>a name</c>, <c>an address</c>, …), or null.</summary>
    public static string? Kind(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var words = Fold(header).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var whole = string.Concat(words);
        if (whole.Length == 0)
        {
            return null;
        }
        if (Whole.TryGetValue(whole, out var what))
        {
            return what;
        }
        foreach (var (part, kind) in Parts)
        {
            if (whole.Contains(part, StringComparison.Ordinal))
            {
                return kind;
            }
        }
        return words.Select(w => Words.GetValueOrDefault(w)).FirstOrDefault(w => w is not null);
    }

    /// <summary>The message for a header cell of personal data.</summary>
    public static string ColumnMessage(string what) =>
        $"data protection: this column holds personal data ({what}); participant data must stay pseudonymous, so the file is "
        + "refused: remove the column and import again";

    /// <summary>Why a participant id is not a pseudonym (it reads like an e-mail address or a person's name), or null.</summary>
    public static string? IdProblem(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var text = id.Trim();
        if (EMail().IsMatch(text))
        {
            return "data protection: the participant id looks like an e-mail address; ids must be pseudonyms (such as TN-000123), "
                + "so the file is refused";
        }
        if (PersonName().IsMatch(text))
        {
            return "data protection: the participant id looks like a person's name; ids must be pseudonyms (such as TN-000123), "
                + "so the file is refused";
        }
        return null;
    }

    /// <summary>Lower case, umlauts and ß written out, every run of other characters than letters and digits one space.</summary>
    private static string Fold(string header)
    {
        var sb = new StringBuilder(header.Length + 4);
        foreach (var c in header.Normalize(NormalizationForm.FormC).ToLowerInvariant())
        {
            switch (c)
            {
                case 'ä': sb.Append("ae"); break;
                case 'ö': sb.Append("oe"); break;
                case 'ü': sb.Append("ue"); break;
                case 'ß': sb.Append("ss"); break;
                default:
                    if (char.IsLetterOrDigit(c))
                    {
                        sb.Append(c);
                    }
                    else if (sb.Length > 0 && sb[^1] != ' ')
                    {
                        sb.Append(' ');
                    }
                    break;
            }
        }
        return sb.ToString().Trim();
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EMail();

    /// <summary>Two or more capitalised words of letters only (<c>Anna Müller</c>, <c>Hans-Peter Meier</c>), or
    /// <c>Family, Given</c>.</summary>
    [GeneratedRegex(@"^(\p{Lu}\p{Ll}+(?:[-']\p{Lu}?\p{Ll}+)*)(?:,?\s+(?:(?:von|van|de|zu|der|den)\s+)*\p{Lu}\p{Ll}+(?:[-']\p{Lu}?\p{Ll}+)*\.?)+$", RegexOptions.CultureInvariant)]
    private static partial Regex PersonName();
}
