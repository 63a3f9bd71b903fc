using Reporting.Cli;
using Reporting.Tests.Support;
using Reporting.Web.Access;

namespace Reporting.Tests.Web;

/// <summary><c>serve</c> on the command line: what it refuses before it listens, and <c>--hash-password</c>.</summary>
public class ServeCommandTests
{
    private string _dir = "";

    [SetUp]
    public void Folder() => _dir = Directory.CreateTempSubdirectory("fr-serve-").FullName;

    [TearDown]
    public void Clean()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private (int Code, string Out, string Error) Run(string? input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var env = new Dictionary<string, string?> { ["FUNDREPORTS_TEMPLATES"] = RepoPaths.Templates };
        var context = new CliContext(output, error, _dir, name => env.GetValueOrDefault(name), new TestClock(WebSamples.Now),
            input is null ? null : new StringReader(input));
        var code = CliApp.Run(args, context);
        return (code, output.ToString(), error.ToString());
    }

    [TestCase("http://0.0.0.0:5080", "http://0.0.0.0:5080")]
    [TestCase("http://127.0.0.1:5080;http://*:5080", "http://*:5080")]
    [TestCase("http://192.168.1.10:5080", "http://192.168.1.10:5080")]
    public void Serve_NotLoopbackWithoutAccess_RefusedWithASentence(string urls, string refused)
    {
        var (code, output, error) = Run(null, "serve", "--db", WebSamples.Database, "--urls", urls);

        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error.Trim(), Is.EqualTo($"error: refusing to listen on {refused}: only loopback addresses (127.0.0.1, ::1, localhost) may be used "
            + "without --access FILE, the file of users who may sign in (see docs/serve.md)"));
        Assert.That(output, Is.Empty, "nothing started");
    }

    [Test]
    public void Serve_NotAnAddress_Usage()
    {
        var (code, _, error) = Run(null, "serve", "--db", WebSamples.Database, "--urls", "5080");

        Assert.That((code, error.Trim()), Is.EqualTo((ExitCodes.Usage,
            "error: '5080' is not an address to listen on; use for example http://127.0.0.1:5080 (several separated by ';')")));
    }

    [Test]
    public void Serve_AccessFileMissing_InvalidInput()
    {
        var (code, _, error) = Run(null, "serve", "--db", WebSamples.Database, "--access", "zugang.txt");

        Assert.That((code, error.Trim()), Is.EqualTo((ExitCodes.InvalidInput, $"error: {Path.Combine(_dir, "zugang.txt")}: access file not found")));
    }

    [Test]
    public void Serve_AccessFileWithABadLine_InvalidInputNamingTheLine()
    {
        File.WriteAllLines(Path.Combine(_dir, "zugang.txt"), ["# Zugänge", "anna:chef:pbkdf2-sha256$1$x$y"]);

        var (code, _, error) = Run(null, "serve", "--db", WebSamples.Database, "--access", "zugang.txt", "--urls", "http://0.0.0.0:5080");

        Assert.That((code, error.Trim()), Is.EqualTo((ExitCodes.InvalidInput, "error: zugang.txt line 2: role 'chef' is unknown; use intern or veroeffentlicht")));
    }

    [Test]
    public void Serve_DatabaseMissing_EnvironmentAndNoFileCreated()
    {
        var (code, _, error) = Run(null, "serve", "--db", "fehlt.db");

        Assert.That(code, Is.EqualTo(ExitCodes.Environment));
        Assert.That(error, Does.StartWith($"error: database '{Path.Combine(_dir, "fehlt.db")}' not found"));
        Assert.That(File.Exists(Path.Combine(_dir, "fehlt.db")), Is.False);
    }

    [Test]
    public void Serve_DatabaseNotInitialised_EnvironmentWithTheStoresSentence()
    {
        File.WriteAllBytes(Path.Combine(_dir, "leer.db"), []);

        var (code, _, error) = Run(null, "serve", "--db", "leer.db");

        Assert.That(code, Is.EqualTo(ExitCodes.Environment));
        Assert.That(error, Does.Contain("is not initialised; run 'fundingreports init"));
    }

    [TestCase(new string[0], Roles.Internal)]
    [TestCase(new[] { "--role", "veroeffentlicht" }, Roles.Published)]
    public void HashPassword_PasswordOnStandardInput_PrintsALineTheAccessFileAccepts(string[] role, string expectedRole)
    {
        var (code, output, error) = Run("ein sehr geheimes Passwort\n", ["serve", "--hash-password", "anna", .. role]);

        Assert.That((code, error), Is.EqualTo((ExitCodes.Ok, "")));
        var (file, problems) = AccessFile.Parse("zugang.txt", [output.Trim()]);
        Assert.That(problems, Is.Empty);
        var user = file!.Find("anna")!;
        Assert.That(user.Role, Is.EqualTo(expectedRole));
        Assert.That(user.Hash.Verify("ein sehr geheimes Passwort"), Is.True);
        Assert.That(user.Hash.Iterations, Is.EqualTo(PasswordHash.DefaultIterations));
        Assert.That(output, Does.Not.Contain("geheimes"));
    }

    [TestCase("anna", "kurz", new string[0], "error: the password needs at least 12 characters")]
    [TestCase("anna", "ein sehr geheimes Passwort", new[] { "--role", "admin" }, "error: role 'admin' is unknown; use intern or veroeffentlicht")]
    [TestCase("an:na", "ein sehr geheimes Passwort", new string[0], "error: user name 'an:na' may hold only letters, digits, '.', '_', '-' and '@' (1 to 64)")]
    public void HashPassword_BadInput_UsageWithTheReason(string name, string password, string[] more, string sentence)
    {
        var (code, output, error) = Run(password + "\n", ["serve", "--hash-password", name, .. more]);

        Assert.That((code, output, error.Trim()), Is.EqualTo((ExitCodes.Usage, "", sentence)));
    }
}
