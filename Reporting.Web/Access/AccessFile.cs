using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Reporting.Core.Domain;

namespace Reporting.Web.Access;

/// <summary>The users who may sign in (docs/serve.md, "Access file"): UTF-8 text, one user per line as
/// <c>NAME:ROLE:HASH</c>; empty lines and lines starting with <c>#</c> are ignored.</summary>
internal sealed partial class AccessFile
{
    private readonly Dictionary<string, AccessUser> _users;
    private readonly Lazy<PasswordHash> _decoy;

    private AccessFile(string path, IEnumerable<AccessUser> users)
    {
        Path = path;
        _users = users.ToDictionary(u => u.Name, StringComparer.Ordinal);
        var iterations = _users.Values.GroupBy(u => u.Hash.Iterations).OrderByDescending(g => g.Count()).Select(g => g.Key)
            .FirstOrDefault(PasswordHash.DefaultIterations);
        _decoy = new(() => PasswordHash.Create(Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)), iterations));
    }

    public string Path { get; }

    public IReadOnlyCollection<AccessUser> Users => _users.Values;

    public AccessUser? Find(string name) => _users.GetValueOrDefault(name);

    /// <summary>A hash of no one's password with the iteration count most users have: checked for a user name that is
    /// not in the file, so that a wrong name takes as long as a wrong password.</summary>
    public PasswordHash Decoy => _decoy.Value;

    /// <summary>Reads the file; every problem is one line <c>FILE line N: problem</c>, and a file with a problem is
    /// not used at all.</summary>
    public static (AccessFile? File, IReadOnlyList<string> Problems) Read(string path)
    {
        if (!System.IO.File.Exists(path))
        {
            return (null, [$"{path}: access file not found"]);
        }
        return Parse(path, System.IO.File.ReadAllLines(path));
    }

    public static (AccessFile? File, IReadOnlyList<string> Problems) Parse(string path, IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var problems = new List<string>();
        var users = new List<AccessUser>();
        var name = System.IO.Path.GetFileName(path);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim().TrimStart('\uFEFF');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var at = $"{name} line {i + 1}";
            var parts = line.Split(':');
            if (parts.Length != 3)
            {
                problems.Add($"{at}: expected NAME:ROLE:HASH");
                continue;
            }
            var (user, role, hashText) = (parts[0].Trim(), parts[1].Trim(), parts[2].Trim());
            if (!UserNamePattern().IsMatch(user))
            {
                problems.Add($"{at}: user name '{user}' may hold only letters, digits, '.', '_', '-' and '@' (1 to 64)");
                continue;
            }
            if (!Roles.All.Contains(role))
            {
                problems.Add($"{at}: role '{role}' is unknown; use {string.Join(" or ", Roles.All)}");
                continue;
            }
            if (!PasswordHash.TryParse(hashText, out var hash, out var error))
            {
                problems.Add($"{at}: {error}");
                continue;
            }
            if (users.Any(u => u.Name == user))
            {
                problems.Add($"{at}: user '{user}' appears twice");
                continue;
            }
            users.Add(new AccessUser(user, role, hash!));
        }
        if (problems.Count == 0 && users.Count == 0)
        {
            problems.Add($"{name}: no user in the access file; add one with 'fundingreports serve --hash-password NAME'");
        }
        return problems.Count > 0 ? (null, problems) : (new AccessFile(path, users), []);
    }

    /// <summary>A new entry for the access file, its password hashed with <see cref="PasswordHash.DefaultIterations"/>.</summary>
    public static ParseResult<AccessUser> NewUser(string name, string role, string password)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(password);
        if (!UserNamePattern().IsMatch(name))
        {
            return ParseResult<AccessUser>.Fail($"user name '{name}' may hold only letters, digits, '.', '_', '-' and '@' (1 to 64)");
        }
        if (!Roles.All.Contains(role))
        {
            return ParseResult<AccessUser>.Fail($"role '{role}' is unknown; use {string.Join(" or ", Roles.All)}");
        }
        if (password.Length < MinimumPasswordLength)
        {
            return ParseResult<AccessUser>.Fail($"the password needs at least {MinimumPasswordLength} characters");
        }
        return ParseResult<AccessUser>.Ok(new AccessUser(name, role, PasswordHash.Create(password)));
    }

    public const int MinimumPasswordLength = 12;

    [GeneratedRegex("^[A-Za-z0-9._@-]{1,64}$")]
    internal static partial Regex UserNamePattern();
}
