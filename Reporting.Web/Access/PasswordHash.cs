using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Reporting.Web.Access;

/// <summary>A salted, slow password hash: PBKDF2 with HMAC-SHA-256, written as
/// <c>pbkdf2-sha256$ITERATIONS$SALT$HASH</c> (salt and hash in Base64).</summary>
internal sealed record PasswordHash(int Iterations, byte[] Salt, byte[] Hash)
{
    public const string Scheme = "pbkdf2-sha256";

    /// <summary>New hashes use this many iterations (OWASP's recommendation for PBKDF2-HMAC-SHA256).</summary>
    public const int DefaultIterations = 600_000;

    /// <summary>Entries with fewer iterations are refused when the access file is read.</summary>
    public const int MinimumIterations = 210_000;

    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    public static PasswordHash Create(string password, int iterations = DefaultIterations)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, MinimumIterations);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        return new PasswordHash(iterations, salt, Derive(password, salt, iterations));
    }

    /// <summary>True when <paramref name="password"/> gives this hash (compared in constant time).</summary>
    public bool Verify(string password) =>
        CryptographicOperations.FixedTimeEquals(Derive(password ?? string.Empty, Salt, Iterations), Hash);

    private static byte[] Derive(string password, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, HashBytes);

    /// <summary>Reads the written form; the error says what is wrong with it.</summary>
    public static bool TryParse(string text, out PasswordHash? hash, out string error)
    {
        hash = null;
        var parts = text.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme)
        {
            error = $"the hash must read {Scheme}$ITERATIONS$SALT$HASH (make one with 'fundingreports serve --hash-password NAME')";
            return false;
        }
        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations < MinimumIterations)
        {
            error = $"the hash needs at least {MinimumIterations.ToString("N0", CultureInfo.InvariantCulture)} iterations, it has '{parts[1]}'";
            return false;
        }
        byte[] salt, value;
        try
        {
            salt = Convert.FromBase64String(parts[2]);
            value = Convert.FromBase64String(parts[3]);
        }
        catch (FormatException)
        {
            error = "salt and hash must be Base64";
            return false;
        }
        if (salt.Length < SaltBytes || value.Length != HashBytes)
        {
            error = $"the salt must have at least {SaltBytes} bytes and the hash {HashBytes}";
            return false;
        }
        hash = new PasswordHash(iterations, salt, value);
        error = "";
        return true;
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Scheme}${Iterations}${Convert.ToBase64String(Salt)}${Convert.ToBase64String(Hash)}");
}
