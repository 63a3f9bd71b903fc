namespace Reporting.Tests.Support;

/// <summary>What a test needs from the machine beyond the .NET SDK (a PostgreSQL server, qpdf, a browser). Missing, the
/// test is skipped with the reason; with <c>FUNDREPORTS_REQUIRE_ALL=1</c> (as CI sets it) it fails instead, so in CI
/// every such test runs and can fail.</summary>
internal static class Requirements
{
    public const string RequireAllVariable = "FUNDREPORTS_REQUIRE_ALL";

    public static bool RequireAll => Environment.GetEnvironmentVariable(RequireAllVariable) == "1";

    /// <summary>Skips (or, when everything is required, fails) the test unless <paramref name="available"/>.</summary>
    public static void Need(bool available, string what)
    {
        if (available)
        {
            return;
        }
        if (RequireAll)
        {
            Assert.Fail($"{what} is required ({RequireAllVariable}=1) but missing");
        }
        Assert.Ignore($"skipped: {what} is missing");
    }

    /// <summary>The path of an executable, after <see cref="Need"/> for it.</summary>
    public static string Executable(string path, string installHint)
    {
        Need(File.Exists(path), $"{path} ({installHint})");
        return path;
    }
}
