namespace Reporting.Core.Pdf.Fonts;

/// <summary>Paths of the regular and bold TrueType files a document is set in.</summary>
internal sealed record FontFiles(string Regular, string Bold);
