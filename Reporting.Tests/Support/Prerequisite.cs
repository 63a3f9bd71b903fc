namespace Reporting.Tests.Support;

/// <summary>What a test does when something it needs from the machine (a server binary, a tool) is missing: it is
/// skipped with the reason, unless <c>FUNDREPORTS_REQUIRE_ALL=1</c> is set (as CI does), where it fails instead, so
/// that a machine without the prerequisite cannot pass by skipping.</summary>
public static class Prerequisite
{
    public const string RequireAllVariable = "FUNDREPORTS_REQUIRE_ALL";

    /// <summary>True when missing prerequisites fail tests instead of skipping them.</summary>
    public static bool Required => Environment.GetEnvironmentVariable(RequireAllVariable) == "1";

    /// <summary>Ends the current test: skipped with <paramref name="reason"/>, or failed when <see cref="Required"/>.</summary>
    public static void Missing(string reason)
    {
        if (Required)
        {
            Assert.Fail($"{reason} ({RequireAllVariable}=1 makes this a failure instead of a skip)");
        }
        Assert.Ignore(reason);
    }

    /// <summary>The path of an executable the test needs; a missing one ends the test as <see cref="Missing"/> says.</summary>
    public static string Executable(string path, string installHint)
    {
        if (!File.Exists(path))
        {
            Missing($"skipped: {path} is not installed ({installHint})");
        }
        return path;
    }
}
