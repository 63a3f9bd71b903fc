using Reporting.Core.Forms;

namespace Reporting.Core.Reports;

/// <summary>How output files are named: <c>&lt;form&gt;_&lt;scope&gt;_&lt;period&gt;</c> (<see cref="FormBuilder.FileName"/>, ids made
/// safe by <see cref="ReportScope.Safe"/>), with <see cref="PublishedSuffix"/> for published outputs, so that an internal
/// file and a published one of the same form can never replace each other.</summary>
internal static class OutputNames
{
    /// <summary>Appended to the name of every output made with <c>--publish</c> (or <c>"publish": true</c>).</summary>
    public const string PublishedSuffix = "_veroeffentlicht";

    /// <summary>The file name without extension: <c>quartalsbericht_SCLA-DO_2018-Q3</c> or
    /// <c>quartalsbericht_SCLA-DO_2018-Q3_veroeffentlicht</c>.</summary>
    public static string BaseName(BuiltForm form, bool published)
    {
        ArgumentNullException.ThrowIfNull(form);
        return published ? form.FileBaseName + PublishedSuffix : form.FileBaseName;
    }

    /// <summary>Who an output belongs to, for a collision message: <c>jobs[2]: quartalsbericht of Projekt A B – Name
    /// (2018-Q1, published)</c>.</summary>
    public static string Owner(BuiltForm form, ReportJob job, string? prefix)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(job);
        var h = form.Document.Header;
        var what = $"{FormKinds.FileStem(job.Form)} of {Forms.Rendering.FormText.Short(h.ScopeLabel, 80)} ({h.PeriodLabel}{(job.Publish ? ", published" : "")})";
        return prefix is null ? what : $"{prefix}: {what}";
    }
}
