using System.Text;
using Reporting.Core.Domain;
using Reporting.Core.Forms;
using Reporting.Core.Forms.Rendering;
using Reporting.Core.Forms.Writers;
using Reporting.Core.Pdf.Fonts;
using Reporting.Core.Output;

namespace Reporting.Core.Reports;

/// <summary>Makes the files of a report job: builds the forms once from the figures engine and hands the same
/// <see cref="FormDocument"/> to every renderer. Every file is written atomically.</summary>
public static class ReportService
{
    public static readonly IReadOnlyList<string> Formats = ["xlsx", "pdf", "csv", "json"];

    /// <summary>Produces the files and returns their paths, in the order written.</summary>
    public static IReadOnlyList<string> Run(DataSet data, ReportJob job, ReportContext context)
    {
        var unknown = job.Formats.Where(f => !Formats.Contains(f)).ToList();
        if (unknown.Count > 0 || job.Formats.Count == 0)
        {
            throw new ReportException(ReportErrorKind.Usage,
                $"unknown format '{string.Join(",", unknown)}'; use {string.Join(", ", Formats)} (several separated by commas)");
        }
        var template = LoadTemplate(job, context);
        var narrative = job.NarrativePath is null ? null : ReadNarrative(job.NarrativePath);
        IReadOnlyList<BuiltForm> built;
        try
        {
            built = FormBuilder.Build(data, new FormRequest(job.Form, job.Scope, job.Period, template, context.Today, context.Now,
                job.Publish, narrative));
        }
        catch (FormBuildException e)
        {
            throw new ReportException(e.ScopeNotFound ? ReportErrorKind.NotFound : ReportErrorKind.Usage, e.Message);
        }
        catch (Figures.PeriodOutsideRuntimeException e)
        {
            throw new ReportException(ReportErrorKind.Usage, e.Message);
        }

        using var fonts = job.Formats.Contains("pdf") ? LoadFonts(context) : null;
        var written = new List<string>();
        foreach (var form in built)
        {
            foreach (var format in job.Formats)
            {
                written.AddRange(Render(form, format, job, fonts));
            }
        }
        return written;
    }

    private static FontSet LoadFonts(ReportContext context)
    {
        try
        {
            return FontSet.Load(FontResolver.Resolve(new FontResolverOptions(context.FontFolder)));
        }
        catch (FontNotFoundException e)
        {
            throw new ReportException(ReportErrorKind.Environment, e.Message);
        }
    }

    private static IEnumerable<string> Render(BuiltForm form, string format, ReportJob job, FontSet? fonts)
    {
        var basePath = Path.Combine(job.OutputFolder, form.FileBaseName);
        switch (format)
        {
            case "json":
                AtomicFile.Write(basePath + ".json", s => FormJsonWriter.Write(form.Document, s));
                return [basePath + ".json"];
            case "csv":
                var files = new List<string>();
                FormCsvWriter.Write(form.Document, job.CsvStyle ?? CsvStyle.German, (suffix, write) =>
                {
                    var path = basePath + suffix + ".csv";
                    AtomicFile.Write(path, write);
                    files.Add(path);
                });
                return files;
            case "xlsx":
                AtomicFile.Write(basePath + ".xlsx", s => ExcelFormRenderer.Render(form.Document, s));
                return [basePath + ".xlsx"];
            case "pdf":
                AtomicFile.Write(basePath + ".pdf", s => PdfFormRenderer.Render(form.Document, s, fonts!));
                return [basePath + ".pdf"];
            default:
                throw new ReportException(ReportErrorKind.Usage, $"unknown format '{format}'");
        }
    }

    private static FormTemplate LoadTemplate(ReportJob job, ReportContext context)
    {
        if (FormKinds.CatalogFor(job.Form) is null)
        {
            throw new ReportException(ReportErrorKind.Usage, $"unknown form '{job.Form}'; use {string.Join(", ", FormKinds.All)}");
        }
        var path = job.TemplatePath ?? Path.Combine(context.TemplateFolder, FormKinds.DefaultTemplateFile(job.Form));
        var result = TemplateLoader.Load(path, FormKinds.CatalogFor);
        if (result.Template is null)
        {
            throw new ReportException(ReportErrorKind.InvalidInput, result.Problems);
        }
        if (result.Template.Form != job.Form)
        {
            throw new ReportException(ReportErrorKind.InvalidInput,
                $"{Path.GetFileName(path)}: is a template for form '{result.Template.Form}', not '{job.Form}'");
        }
        return result.Template;
    }

    /// <summary>The Sachbericht: UTF-8, or Windows-1252 when the bytes are not valid UTF-8.</summary>
    private static string ReadNarrative(string path)
    {
        if (!File.Exists(path))
        {
            throw new ReportException(ReportErrorKind.InvalidInput, $"{path}: narrative file not found");
        }
        var bytes = File.ReadAllBytes(path);
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }
}
