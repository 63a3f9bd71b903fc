namespace Reporting.Cli;

/// <summary>The "Examples:" paragraph that ends every command's description in <c>--help</c>.</summary>
internal static class Examples
{
    public static string Of(params string[] lines) =>
        Environment.NewLine + Environment.NewLine + "Examples:" + string.Concat(lines.Select(l => Environment.NewLine + "  " + l));
}
