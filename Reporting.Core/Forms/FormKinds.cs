using Reporting.Core.Forms.Builders;

namespace Reporting.Core.Forms;

/// <summary>One form the program makes: its key (<c>report FORM</c>), the catalog of what its template may show, the file
/// of its default template in <c>templates/</c>, the name its outputs start with, and whether it is made per project
/// (one document each) or for the whole scope (one document).</summary>
public sealed record FormKind(string Key, FormCatalog Catalog, string TemplateFile, string FileStem, bool PerProject);

/// <summary>The forms, their catalogs and default template files: one table, looked up by key.</summary>
public static class FormKinds
{
    public static readonly IReadOnlyList<FormKind> Kinds =
    [
        new(QuarterlyReport.Form, QuarterlyReport.Catalog, "quartalsbericht.json", "quartalsbericht", PerProject: true),
        new(ProofOfUseReport.Form, ProofOfUseReport.Catalog, "verwendungsnachweis.json", "verwendungsnachweis", PerProject: true),
        new(TargetsReport.Form, TargetsReport.Catalog, "zielerreichung.json", "zielerreichung", PerProject: false),
        new(MonthlyExport.Form, MonthlyExport.Catalog, "monatsexport.json", "monatsexport", PerProject: false),
        new(MittelabrufReport.Form, MittelabrufReport.Catalog, "mittelabruf.json", "mittelabruf", PerProject: true),
    ];

    /// <summary>The keys of every form, in the order of <see cref="Kinds"/>.</summary>
    public static readonly IReadOnlyList<string> All = [.. Kinds.Select(k => k.Key)];

    /// <summary>The form with this key, or null.</summary>
    public static FormKind? Find(string form) => Kinds.FirstOrDefault(k => k.Key == form);

    public static FormCatalog? CatalogFor(string form) => Find(form)?.Catalog;

    /// <summary>File name of the default template in <c>templates/</c>.</summary>
    public static string DefaultTemplateFile(string form) =>
        Find(form)?.TemplateFile ?? throw new ArgumentOutOfRangeException(nameof(form), form, "unknown form");

    /// <summary>Whether the form is made per project (one document each) or for the whole scope (one document).</summary>
    public static bool IsPerProject(string form) => Find(form)?.PerProject ?? false;

    /// <summary>The name used in output file names.</summary>
    public static string FileStem(string form) => Find(form)?.FileStem ?? form;

    /// <summary>Where the default templates live: <c>$FUNDREPORTS_TEMPLATES</c>, else <c>templates/</c> beside the program.</summary>
    public static string DefaultTemplateFolder(Func<string, string?> environment) =>
        environment("FUNDREPORTS_TEMPLATES") is { Length: > 0 } dir ? dir : Path.Combine(AppContext.BaseDirectory, "templates");
}
