namespace Reporting.Core.Pdf.Document;

/// <summary>Document information written into the PDF (and its XMP packet). Dates come from the caller.</summary>
internal sealed record PdfMetadata(
    string Title,
    string Author,
    string Subject,
    string Creator,
    string Producer,
    DateTime Created,
    DateTime Modified,
    string? Keywords = null);
