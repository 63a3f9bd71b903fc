using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Reporting.Core.Domain;
using Reporting.Core.Forms;
using Reporting.Core.Reports;
using Reporting.Web.Pages;

namespace Reporting.Web.Endpoints;

/// <summary><c>/berichte/{form}?projekt=…&amp;zeitraum=…&amp;format=pdf</c>: the file <c>report</c> writes, made by the same
/// report service into a temporary folder, sent under its own name and deleted after the response. Several files
/// (a program's project forms, a form's CSV tables) come as one zip file.</summary>
internal static class ReportEndpoints
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".pdf"] = "application/pdf",
        [".csv"] = "text/csv; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".zip"] = "application/zip",
    };

    public static void Map(IEndpointRouteBuilder app) => app.MapGet("/berichte/{form}", Report);

    private static IResult Report(HttpContext context, string form)
    {
        var query = context.Request.Query;
        var options = context.Options();
        var viewer = context.Viewer();

        var scopes = ReportLinks.ScopeParameters.Where(p => !string.IsNullOrWhiteSpace(query[p.Parameter]))
            .Select(p => new ReportScope(p.Kind, query[p.Parameter].ToString().Trim())).ToList();
        if (!string.IsNullOrWhiteSpace(query[ReportLinks.AllParameter]))
        {
            scopes.Add(ReportScope.AllProjects);
        }
        if (scopes.Count > 1)
        {
            return Responses.BadRequest(context, WebMessages.OneReportScopeOnly);
        }
        var period = PeriodSpec.Parse(query["zeitraum"]);
        if (!period.Success)
        {
            return Responses.BadRequest(context, period.Error);
        }
        var today = KeyDate.Parse(query["stichtag"], "stichtag", options.Today);
        if (!today.Success)
        {
            return Responses.BadRequest(context, today.Error);
        }
        var formats = (string.IsNullOrWhiteSpace(query["format"]) ? "xlsx" : query["format"].ToString())
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(f => f.ToLowerInvariant()).ToList();
        var scope = scopes.Count == 0 ? ReportScope.AllProjects : scopes[0];
        var published = viewer.Published || string.Equals(query[ReportLinks.PublishParameter], "ja", StringComparison.OrdinalIgnoreCase);

        var folder = Directory.CreateTempSubdirectory("fundingreports-web-");
        context.Response.RegisterForDispose(new TemporaryFolder(folder.FullName));
        var job = new ReportJob(form.Trim().ToLowerInvariant(), scope, period.Value, formats, folder.FullName, published);
        var reportContext = new ReportContext(today.Value, options.Clock.GetLocalNow(), options.TemplateFolder, options.FontFolder);
        IReadOnlyList<string> files;
        try
        {
            files = context.Data().Report(read => ReportService.Run(read, job, reportContext));
        }
        catch (ReportException e)
        {
            var (status, title) = e.Kind switch
            {
                ReportErrorKind.Usage => (StatusCodes.Status400BadRequest, WebMessages.BadRequestTitle),
                ReportErrorKind.NotFound => (StatusCodes.Status404NotFound, WebMessages.NotFoundTitle),
                _ => (StatusCodes.Status500InternalServerError, WebMessages.ReportFailedTitle),
            };
            return Responses.Message(context, status, title, string.Join(" ", e.Lines));
        }
        var file = files.Count == 1 ? files[0] : Zip(folder.FullName, files, ZipName(job, formats));
        // Open the file, then delete the folder at once: the open handle keeps the content until it is sent (on
        // Linux); where a folder with an open file cannot be deleted, the file goes on close and the folder after.
        var content = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024,
            FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        TemporaryFolder.TryDelete(folder.FullName);
        return Results.File(content, ContentTypes[Path.GetExtension(file)], Path.GetFileName(file));
    }

    /// <summary><c>quartalsbericht_program-ST-NRW_2018-Q4.pdf.zip</c>: form, scope and period as in the files' own
    /// names, then the formats.</summary>
    private static string ZipName(ReportJob job, IReadOnlyList<string> formats) =>
        FormBuilder.FileName(job.Form, job.Scope.FileKey, job.Period.Text) + "." + string.Join("-", formats) + ".zip";

    private static string Zip(string folder, IReadOnlyList<string> files, string name)
    {
        var path = Path.Combine(folder, name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var file in files)
        {
            zip.CreateEntryFromFile(file, Path.GetFileName(file), CompressionLevel.Optimal);
        }
        return path;
    }

    /// <summary>Deletes the report's folder when the response is done, if it is still there.</summary>
    private sealed class TemporaryFolder(string path) : IDisposable
    {
        public void Dispose() => TryDelete(path);

        public static void TryDelete(string path)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }
            }
            catch (IOException)
            {
                // A file still open (not on Linux); tried again when the response is done.
            }
            catch (UnauthorizedAccessException)
            {
                // As above.
            }
        }
    }
}
