using Reporting.Cli;
using Reporting.Tests.Support;

namespace Reporting.Tests.Web;

/// <summary>The CLI run in-process on the sample database, on the same day as the web app in these tests.</summary>
internal static class SampleCli
{
    public static (int Code, string Out, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var env = new Dictionary<string, string?> { ["FUNDREPORTS_TEMPLATES"] = RepoPaths.Templates };
        var context = new CliContext(output, error, WebSamples.Folder, name => env.GetValueOrDefault(name), new TestClock(WebSamples.Now));
        var code = CliApp.Run([.. args, "--db", WebSamples.Database], context);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>The sentence of a failed run: its first stderr line without the <c>error: </c> prefix.</summary>
    public static string Sentence(string error) => error.Split('\n')[0].Trim().Replace("error: ", "", StringComparison.Ordinal);
}
