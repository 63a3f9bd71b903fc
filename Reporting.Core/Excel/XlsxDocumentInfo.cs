namespace Reporting.Core.Excel;

/// <summary>Document properties (File → Info in Excel). <paramref name="Created"/> comes from the caller: no clock here.</summary>
public sealed record XlsxDocumentInfo(string Title, string Subject, string Creator, DateTimeOffset Created)
{
    /// <summary>Shown as "Kommentare"/description; optional.</summary>
    public string? Description { get; init; }

    /// <summary>Optional keywords, e.g. form id and rule-set version.</summary>
    public string? Keywords { get; init; }

    /// <summary>Optional company (extended properties).</summary>
    public string? Company { get; init; }

    /// <summary>Optional identifier (<c>dc:identifier</c> of the core properties): the report run's id.</summary>
    public string? Identifier { get; init; }
}
