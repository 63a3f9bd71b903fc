namespace Reporting.Core.Pdf.Fonts;

/// <summary>No usable regular + bold sans font pair was found; the message lists every place looked at and the fix.</summary>
internal sealed class FontNotFoundException : Reports.ReportException
{
    /// <summary>Creates the exception with a complete, user-facing message.</summary>
    public FontNotFoundException(string message)
        : base(Reports.ReportErrorKind.Environment, message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying cause.</summary>
    public FontNotFoundException(string message, Exception innerException)
        : base(Reports.ReportErrorKind.Environment, [message], innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public FontNotFoundException()
        : base(Reports.ReportErrorKind.Environment, "No font found.")
    {
    }
}
