using Reporting.Core.Forms.Builders;

namespace Reporting.Core.Forms;

/// <summary>The forms, their catalogs and default template files.</summary>
public static class FormKinds
{
    public static readonly IReadOnlyList<string> All = [QuarterlyReport.Form, ProofOfUseReport.Form, TargetsReport.Form, MonthlyExport.Form, MittelabrufReport.Form];

    public static FormCatalog? CatalogFor(string form) => form switch
    {
        QuarterlyReport.Form => QuarterlyReport.Catalog,
        ProofOfUseReport.Form => ProofOfUseReport.Catalog,
        TargetsReport.Form => TargetsReport.Catalog,
        MonthlyExport.Form => MonthlyExport.Catalog,
        MittelabrufReport.Form => MittelabrufReport.Catalog,
        _ => null,
    };

    /// <summary>File name of the default template in <c>templates/</c>.</summary>
    public static string DefaultTemplateFile(string form) => form switch
    {
        QuarterlyReport.Form => "quartalsbericht.json",
        ProofOfUseReport.Form => "verwendungsnachweis.json",
        TargetsReport.Form => "zielerreichung.json",
        MonthlyExport.Form => "monatsexport.json",
        MittelabrufReport.Form => "mittelabruf.json",
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, "unknown form"),
    };

    /// <summary>Whether the form is made per project (one document each) or for the whole scope (one document).</summary>
    public static bool IsPerProject(string form) => form is QuarterlyReport.Form or ProofOfUseReport.Form or MittelabrufReport.Form;

    /// <summary>The name used in output file names.</summary>
    public static string FileStem(string form) => form switch
    {
        QuarterlyReport.Form => "quartalsbericht",
        ProofOfUseReport.Form => "verwendungsnachweis",
        TargetsReport.Form => "zielerreichung",
        MonthlyExport.Form => "monatsexport",
        MittelabrufReport.Form => "mittelabruf",
        _ => form,
    };

    /// <summary>Where the default templates live: <c>$FUNDREPORTS_TEMPLATES</c>, else <c>templates/</c> beside the program.</summary>
    public static string DefaultTemplateFolder(Func<string, string?> environment) =>
        environment("FUNDREPORTS_TEMPLATES") is { Length: > 0 } dir ? dir : Path.Combine(AppContext.BaseDirectory, "templates");
}
