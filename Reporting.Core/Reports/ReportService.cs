using System.Text;
using Reporting.Core.Domain;
using Reporting.Core.Forms;
using Reporting.Core.Forms.Rendering;
using Reporting.Core.Forms.Writers;
using Reporting.Core.Pdf.Fonts;
using Reporting.Core.Output;

namespace Reporting.Core.Reports;

/// <summary>Makes the files of a report job: builds the forms once from the figures engine and hands the same
/// <see cref="FormDocument"/> to every renderer. A run writes all its files or none: each is rendered into a temporary
/// file, and only when every one of them is complete are they moved into place together (<see cref="OutputStage"/>).</summary>
public static class ReportService
{
    public static readonly IReadOnlyList<string> Formats = ["xlsx", "pdf", "csv", "json"];

    /// <summary>Produces the files and returns their paths, in the order written.</summary>
    /// <exception cref="ReportException">A user or environment error; nothing was written.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled; nothing was written.</exception>
    public static IReadOnlyList<string> Run(Storage.IStoreReader data, ReportJob job, ReportContext context)
    {
        using var stage = new OutputStage(context.Cancellation);
        Stage(data, job, context, stage, null);
        return stage.Commit();
    }

    /// <summary>Renders the files of <paramref name="job"/> into <paramref name="stage"/> (not yet in place) and returns
    /// their paths. <paramref name="owner"/> names the job in a collision message (a batch job's number).</summary>
    public static IReadOnlyList<string> Stage(Storage.IStoreReader data, ReportJob job, ReportContext context, OutputStage stage, string? owner)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(stage);
        var unknown = job.Formats.Where(f => !Formats.Contains(f)).ToList();
        if (unknown.Count > 0 || job.Formats.Count == 0)
        {
            throw new ReportException(ReportErrorKind.Usage,
                $"unknown format '{string.Join(",", unknown)}'; use {string.Join(", ", Formats)} (several separated by commas)");
        }
        var template = LoadTemplate(job, context);
        var narrative = job.NarrativePath is null ? null : ReadNarrative(job.NarrativePath);
        var planned = job.PlannedPath is null ? null : ReadPlanned(job.PlannedPath);
        IEnumerable<BuiltForm> built;
        try
        {
            built = FormBuilder.Build(data, new FormRequest(job.Form, job.Scope, job.Period, template, context.Today, context.Now,
                job.Publish, narrative) { On = job.On, Planned = planned });
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
            var who = OutputNames.Owner(form, job, owner);
            foreach (var format in job.Formats.Distinct(StringComparer.Ordinal))
            {
                written.AddRange(Render(form, format, job, fonts, stage, who, context));
            }
        }
        return written;
    }

    private static FontSet LoadFonts(ReportContext context)
    {
        try
        {
            return FontResolver.Load(new FontResolverOptions(context.FontFolder, context.FontFallback));
        }
        catch (FontNotFoundException e)
        {
            throw new ReportException(ReportErrorKind.Environment, e.Message);
        }
    }

    private static IEnumerable<string> Render(
        BuiltForm form, string format, ReportJob job, FontSet? fonts, OutputStage stage, string owner, ReportContext context)
    {
        var basePath = Path.Combine(job.OutputFolder, OutputNames.BaseName(form, job.Publish));
        void Write(string path, Action<Stream> write, bool fromNativeCode = false) => stage.Write(path, owner, write, fromNativeCode);
        switch (format)
        {
            case "json":
                Write(basePath + ".json", s => FormJsonWriter.Write(form.Document, s));
                return [basePath + ".json"];
            case "csv":
                var files = new List<string>();
                FormCsvWriter.Write(form.Document, job.CsvStyle ?? CsvStyle.German, (suffix, write) =>
                {
                    var path = basePath + suffix + ".csv";
                    Write(path, write);
                    files.Add(path);
                });
                return files;
            case "xlsx":
                Write(basePath + ".xlsx", s => ExcelFormRenderer.Render(form.Document, s));
                return [basePath + ".xlsx"];
            case "pdf":
                // The PDF library writes from native code, where an exception cannot pass: faults are raised afterwards.
                var pdf = basePath + ".pdf";
                var warnings = new List<string>();
                Write(pdf, s => warnings.AddRange(PdfFormRenderer.Render(form.Document, s, fonts!).Warnings), fromNativeCode: true);
                foreach (var warning in warnings)
                {
                    context.Warn?.Invoke($"{Path.GetFileName(pdf)}: {warning}");
                }
                return [pdf];
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
        if (File.Exists(path) || Directory.Exists(path))
        {
            // Refuses a folder, a device or a runaway file before the loader reads it whole.
            InputText.ReadBytes(path, "template", InputText.NarrativeLimit);
        }
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

    private static IReadOnlyList<Figures.PlannedPayment> ReadPlanned(string path)
    {
        var (payments, problems) = PlannedPaymentsFile.Read(path);
        return payments ?? throw new ReportException(ReportErrorKind.InvalidInput, problems);
    }

    /// <summary>The Sachbericht: UTF-8, or Windows-1252 when the bytes are not valid UTF-8; read with a bounded reader
    /// (<see cref="InputText"/>), so a device or a runaway file is refused rather than read without end.</summary>
    private static string ReadNarrative(string path)
    {
        var bytes = InputText.ReadBytes(path, "narrative", InputText.NarrativeLimit);
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
