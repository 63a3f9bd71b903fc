namespace Reporting.Core.Pdf.Layout;

/// <summary>Content that cannot be placed even on an empty page; the message names the element and the reason.</summary>
internal sealed class LayoutException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LayoutException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a cause.</summary>
    public LayoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public LayoutException()
        : base("Layout failed.")
    {
    }
}
