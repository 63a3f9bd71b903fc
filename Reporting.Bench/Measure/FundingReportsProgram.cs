namespace Reporting.Bench.Measure;

/// <summary>Finds the program under test: the dll given, or the Release build of Reporting.Cli in this repository, built
/// (incrementally) first, so the bench always measures the current code and whatever <c>import</c> it has.</summary>
internal static class FundingReportsProgram
{
    public static string Locate(string? given, TextWriter log)
    {
        if (given is not null)
        {
            var path = Path.GetFullPath(given);
            return File.Exists(path) ? path : throw new BenchException($"--cli: {path} does not exist");
        }
        var root = RepositoryRoot();
        var project = Path.Combine(root, "Reporting.Cli", "Reporting.Cli.csproj");
        log.WriteLine("building Reporting.Cli (Release) …");
        ProcessMeter.RunOk("dotnet", ["build", project, "-c", "Release", "--nologo", "-v", "q"], root);
        var dll = Path.Combine(root, "Reporting.Cli", "bin", "Release", "net10.0", "fundingreports.dll");
        return File.Exists(dll) ? dll : throw new BenchException($"{dll} was not built");
    }

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FundingReports.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new BenchException("FundingReports.sln not found above the bench program; pass --cli");
    }
}
