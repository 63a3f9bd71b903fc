using Reporting.Core.Reports;

namespace Reporting.Cli;

/// <summary>Maps Core's report errors to exit codes (listed in README.md).</summary>
public static class ReportErrors
{
    public static int ExitCode(ReportErrorKind kind) => kind switch
    {
        ReportErrorKind.InvalidInput => ExitCodes.InvalidInput,
        ReportErrorKind.NotFound => ExitCodes.NotFound,
        ReportErrorKind.Usage => ExitCodes.Usage,
        ReportErrorKind.Environment => ExitCodes.Environment,
        _ => ExitCodes.Unexpected,
    };

    /// <summary>The report context of a CLI run: today and now from the context's clock, templates from
    /// $FUNDREPORTS_TEMPLATES or beside the program, fonts from $FUNDREPORTS_FONTS (the system's fallback fonts unless
    /// $FUNDREPORTS_FONT_FALLBACK is off), warnings to stderr, cancelled by Ctrl+C and SIGTERM.</summary>
    public static ReportContext ContextOf(CliContext context) => new(
        context.Today,
        context.Clock.GetLocalNow(),
        Core.Forms.FormKinds.DefaultTemplateFolder(context.GetEnvironmentVariable),
        context.GetEnvironmentVariable("FUNDREPORTS_FONTS"),
        line => context.Error.WriteLine($"warning: {line}"),
        Core.Pdf.Fonts.FontResolverOptions.FallbackEnabled(context.GetEnvironmentVariable))
    {
        Cancellation = context.Interrupt.Token,
    };
}
