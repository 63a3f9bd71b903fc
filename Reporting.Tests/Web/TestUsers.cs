using Reporting.Web.Access;

namespace Reporting.Tests.Web;

/// <summary>An access file with one user of each role. Hashes use the minimum iteration count to keep tests quick.</summary>
internal static class TestUsers
{
    public const string InternalName = "anna";
    public const string PublishedName = "paul";
    public const string Password = "richtig-geheim-2019";

    private static readonly Lazy<AccessFile> File = new(() =>
    {
        var lines = new[]
        {
            "# Testnutzer",
            new AccessUser(InternalName, Roles.Internal, PasswordHash.Create(Password, PasswordHash.MinimumIterations)).ToLine(),
            new AccessUser(PublishedName, Roles.Published, PasswordHash.Create(Password, PasswordHash.MinimumIterations)).ToLine(),
        };
        var (file, problems) = AccessFile.Parse("test-access.txt", lines);
        Assert.That(problems, Is.Empty);
        return file!;
    });

    public static AccessFile Access => File.Value;
}
