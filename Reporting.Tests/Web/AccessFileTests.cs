using Reporting.Web.Access;

namespace Reporting.Tests.Web;

public class AccessFileTests
{
    private static readonly string Hash = PasswordHash.Create("ein langes Passwort", PasswordHash.MinimumIterations).ToString();

    [Test]
    public void Parse_UsersCommentsAndBlankLines_ReadsTheUsers()
    {
        var (file, problems) = AccessFile.Parse("/etc/fr/access.txt", ["# Zugänge", "", $"anna:intern:{Hash}", $"paul@land.nrw.de:veroeffentlicht:{Hash}"]);

        Assert.That(problems, Is.Empty);
        Assert.That(file!.Users.Select(u => (u.Name, u.Role)),
            Is.EqualTo(new[] { ("anna", "intern"), ("paul@land.nrw.de", "veroeffentlicht") }));
        Assert.That(file.Find("anna")!.Hash.Verify("ein langes Passwort"), Is.True);
    }

    [Test]
    public void Parse_BadLines_EveryProblemWithFileAndLine()
    {
        var (file, problems) = AccessFile.Parse("/etc/fr/access.txt",
        [
            $"anna:intern:{Hash}",
            "bert:intern",
            $"carl:admin:{Hash}",
            "dora:intern:geheim",
            $"anna:veroeffentlicht:{Hash}",
            $"e v:intern:{Hash}",
        ]);

        Assert.That(file, Is.Null, "a file with a problem is not used at all");
        Assert.That(problems, Is.EqualTo(new[]
        {
            "access.txt line 2: expected NAME:ROLE:HASH",
            "access.txt line 3: role 'admin' is unknown; use intern or veroeffentlicht",
            "access.txt line 4: the hash must read pbkdf2-sha256$ITERATIONS$SALT$HASH (make one with 'fundingreports serve --hash-password NAME')",
            "access.txt line 5: user 'anna' appears twice",
            "access.txt line 6: user name 'e v' may hold only letters, digits, '.', '_', '-' and '@' (1 to 64)",
        }));
    }

    [Test]
    public void Parse_NoUser_IsAProblem()
    {
        var (_, problems) = AccessFile.Parse("access.txt", ["# leer"]);

        Assert.That(problems, Is.EqualTo(new[] { "access.txt: no user in the access file; add one with 'fundingreports serve --hash-password NAME'" }));
    }

    [Test]
    public void Read_Missing_SaysNotFound()
    {
        var (_, problems) = AccessFile.Read("/nonexistent/access.txt");

        Assert.That(problems, Is.EqualTo(new[] { "/nonexistent/access.txt: access file not found" }));
    }

    [Test]
    public void NewUser_LineReadsBackWithTheDefaultIterations()
    {
        var user = AccessFile.NewUser("anna", Roles.Internal, "ein langes Passwort");

        var (file, problems) = AccessFile.Parse("access.txt", [user.Value!.ToLine()]);

        Assert.That(problems, Is.Empty);
        Assert.That(file!.Find("anna")!.Hash.Iterations, Is.EqualTo(PasswordHash.DefaultIterations));
    }

    [Test]
    public void NewUser_ShortPassword_Refused()
    {
        Assert.That(AccessFile.NewUser("anna", Roles.Internal, "kurz").Error, Is.EqualTo("the password needs at least 12 characters"));
    }
}
