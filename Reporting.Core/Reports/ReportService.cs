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

    /// <summary>Produces the files and returns their paths, in the order written. The files carry no run id: this is for
    /// callers that do not record the run in the audit trail (the web app's downloads, benchmarks).</summary>
    /// <exception cref="ReportException">A user or environment error; nothing was written.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled; nothing was written.</exception>
    public static IReadOnlyList<string> Run(Storage.IStoreReader data, ReportJob job, ReportContext context)
    {
        using var stage = new OutputStage(context.Cancellation);
        var run = StageRun(data, job, context, stage, null, identified: false);
        stage.Commit();
        return run.Files.Select(f => f.Path).ToList();
    }

    /// <summary>Produces the files and returns the run as the audit trail records it (<see cref="ReportRun"/>).</summary>
    /// <exception cref="ReportException">A user or environment error; nothing was written.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled; nothing was written.</exception>
    public static ReportRun Execute(Storage.IStoreReader data, ReportJob job, ReportContext context)
    {
        using var stage = new OutputStage(context.Cancellation);
        var run = StageRun(data, job, context, stage, null);
        stage.Commit();
        return run;
    }

    /// <summary>Renders the files of <paramref name="job"/> into <paramref name="stage"/> (not yet in place) and returns
    /// their paths. <paramref name="owner"/> names the job in a collision message (a batch job's number).</summary>
    public static IReadOnlyList<string> Stage(Storage.IStoreReader data, ReportJob job, ReportContext context, OutputStage stage, string? owner)
    {
        using var run = StageRun(data, job, context, stage, owner);
        return run.Files.Select(f => f.Path).ToList();
    }

    /// <summary>As <see cref="Stage"/>, returning the run: its id (written into every xlsx, pdf and json), the hash of
    /// the records it read, the values of its forms and its files with their SHA-256 as they will be published.</summary>
    /// <param name="identified">False for a run that will not be recorded: its files carry no run id, and neither the
    /// records hash nor the form values are computed (the run's id and hash are then empty).</param>
    public static ReportRun StageRun(Storage.IStoreReader data, ReportJob job, ReportContext context, OutputStage stage, string? owner,
        bool identified = true)
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
        var (built, inputs) = Build(data, job, context);
        var inputHash = identified ? RunInputHash.Of(data, job, built) : "";
        var runId = identified ? Audit.RunOptions.RunId(inputHash, job, context.Today, inputs) : null;

        var spool = identified ? new Audit.FormValueSpool() : null;
        try
        {
            return RenderForms(data, job, context, stage, owner, built, runId, inputHash, inputs, spool) with { Spool = spool };
        }
        catch
        {
            spool?.Dispose();
            throw;
        }
    }

    /// <summary>Renders <paramref name="built"/> one form at a time, keeping each form's values in
    /// <paramref name="spool"/> (when the run is recorded).</summary>
    private static ReportRun RenderForms(Storage.IStoreReader data, ReportJob job, ReportContext context, OutputStage stage,
        string? owner, IEnumerable<BuiltForm> built, string? runId, string inputHash, IReadOnlyList<RunInputFile> inputs,
        Audit.FormValueSpool? spool)
    {
        using var fonts = job.Formats.Contains("pdf") ? LoadFonts(context) : null;
        var files = new List<RunFile>();
        var forms = new List<RunForm>();
        foreach (var made in built)
        {
            var form = made with { Document = made.Document with { RunId = runId } };
            if (spool is not null)
            {
                forms.Add(spool.Add(form.FileBaseName, Audit.FormValues.Pack(form.Document)));
            }
            var who = OutputNames.Owner(form, job, owner);
            foreach (var format in job.Formats.Distinct(StringComparer.Ordinal))
            {
                foreach (var path in Render(form, format, job, fonts, stage, who, context))
                {
                    files.Add(new RunFile(path, format, form.FileBaseName, spool is not null ? stage.Sha256(path) : ""));
                }
            }
        }
        var projects = data.Projects(job.Scope).Select(p => p.Project.Id.Value).ToList();
        return new ReportRun(runId ?? "", inputHash, job, context.Today, projects, inputs, forms, files);
    }

    /// <summary>The forms of <paramref name="job"/>, built but not rendered (project forms are built as the sequence is
    /// enumerated), and the files besides the records they read: what <c>verify</c> compares a recorded run with.</summary>
    /// <exception cref="ReportException">A user or environment error.</exception>
    public static (IEnumerable<BuiltForm> Forms, IReadOnlyList<RunInputFile> Inputs) Build(Storage.IStoreReader data, ReportJob job, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(context);
        var template = LoadTemplate(job, context);
        var narrative = job.NarrativePath is null ? null : ReadNarrative(job.NarrativePath);
        var planned = job.PlannedPath is null ? null : ReadPlanned(job.PlannedPath);
        var inputs = new List<RunInputFile>();
        var templatePath = job.TemplatePath ?? Path.Combine(context.TemplateFolder, FormKinds.DefaultTemplateFile(job.Form));
        inputs.Add(new RunInputFile("template", templatePath, DataSetHash.OfFile(templatePath)));
        if (job.NarrativePath is { } n)
        {
            inputs.Add(new RunInputFile("narrative", n, DataSetHash.OfFile(n)));
        }
        if (job.PlannedPath is { } p)
        {
            inputs.Add(new RunInputFile("planned", p, DataSetHash.OfFile(p)));
        }
        var built = FormBuilder.Build(data, new FormRequest(job.Form, job.Scope, job.Period, template, context.Today, context.Now,
            job.Publish, narrative) { On = job.On, Planned = planned });
        return (built, inputs);
    }

    private static FontSet LoadFonts(ReportContext context) =>
        FontResolver.Load(new FontResolverOptions(context.FontFolder, context.FontFallback));

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
