using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;
using Dapper;
using Microsoft.Data.Sqlite;
using Reporting.Cli;
using Reporting.Tests.Audit;
using Reporting.Tests.Support;
using UglyToad.PdfPig;

namespace Reporting.Tests.Rendering;

/// <summary>No participant id reaches a published output: every form in every format, read back (xlsx with ClosedXML and
/// its raw XML, PDF with PdfPig, CSV and JSON as text), holds none of the stored ids.</summary>
public class PublishedOutputTests
{
    [Test]
    public void PublishedOutputs_EveryFormAndFormat_ContainNoParticipantId()
    {
        using var cli = new AuditCli();
        foreach (var set in new[] { "offenbach-pro-arbeit", "soziale-teilhabe-nrw" })
        {
            var files = Directory.GetFiles(Path.Combine(RepoPaths.Samples, set), "*.csv").Order(StringComparer.Ordinal).ToArray();
            Assert.That(cli.Run(["import", .. files]).Code, Is.EqualTo(ExitCodes.Ok));
        }
        string[][] jobs =
        [
            ["quarterly", "--all", "--period", "2018-Q4"],
            ["quarterly", "--project", "SCLA-DO", "--period", "2019-Q1"],
            ["proof", "--all", "--period", "2018"],
            ["proof", "--project", "SCLA-DO", "--period", "runtime", "--narrative", Path.Combine(RepoPaths.Samples, "dortmund-scla", "sachbericht.md")],
            ["targets", "--all", "--period", "2018-12-31..2018-12-31"],
            ["monthly", "--all", "--period", "2018"],
            ["mittelabruf", "--project", "SCLA-DO", "--on", "2018-05-15"],
        ];
        foreach (var job in jobs)
        {
            var result = cli.Run(["report", .. job, "--publish", "--format", "xlsx,pdf,csv,json", "--out", cli.Out]);
            Assert.That(result.Code, Is.EqualTo(ExitCodes.Ok), $"{string.Join(' ', job)}: {result.Error}");
        }
        var ids = ParticipantIds(cli.Db);
        Assert.That(ids, Has.Count.GreaterThan(300));
        var outputs = Directory.GetFiles(cli.Out);
        Assert.That(outputs.Select(Path.GetExtension).Distinct(), Is.EquivalentTo(new[] { ".xlsx", ".pdf", ".csv", ".json" }));
        Assert.That(outputs, Has.All.Contains("_veroeffentlicht"));

        foreach (var file in outputs)
        {
            var text = Text(file);
            Assert.That(text, Is.Not.Empty, file);
            var found = ids.Where(id => text.Contains(id, StringComparison.Ordinal)).Take(3).ToList();
            Assert.That(found, Is.Empty, $"{Path.GetFileName(file)} shows participant ids");
        }
    }

    private static List<string> ParticipantIds(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection.Query<string>("SELECT participant_id FROM participants UNION SELECT participant_id FROM placements;").ToList();
    }

    /// <summary>Everything a reader of the file can see: cell values and every XML part of a workbook, the text and
    /// properties of a PDF, a CSV or JSON as it is.</summary>
    private static string Text(string file)
    {
        switch (Path.GetExtension(file))
        {
            case ".xlsx":
                var sb = new StringBuilder();
                using (var workbook = new XLWorkbook(file))
                {
                    foreach (var cell in workbook.Worksheets.SelectMany(s => s.CellsUsed()))
                    {
                        sb.Append(cell.GetFormattedString()).Append('\n');
                    }
                }
                using (var zip = ZipFile.OpenRead(file))
                {
                    foreach (var entry in zip.Entries)
                    {
                        using var reader = new StreamReader(entry.Open());
                        sb.Append(reader.ReadToEnd());
                    }
                }
                return sb.ToString();
            case ".pdf":
                using (var document = PdfDocument.Open(file))
                {
                    var info = document.Information;
                    return string.Join("\n", document.GetPages().Select(p => p.Text)
                        .Prepend($"{info.Title}|{info.Subject}|{info.Keywords}|{info.Creator}"));
                }
            default:
                return File.ReadAllText(file);
        }
    }
}
