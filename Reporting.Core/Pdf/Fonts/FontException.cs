namespace Reporting.Core.Pdf.Fonts;

/// <summary>A font file cannot be used (damaged, or not a font); the message names the font.</summary>
internal sealed class FontException : Reports.ReportException
{
    /// <summary>Creates the exception with a user-facing message.</summary>
    public FontException(string message)
        : base(Reports.ReportErrorKind.Environment, message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying cause.</summary>
    public FontException(string message, Exception innerException)
        : base(Reports.ReportErrorKind.Environment, [message], innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public FontException()
        : base(Reports.ReportErrorKind.Environment, "The font cannot be used.")
    {
    }
}
