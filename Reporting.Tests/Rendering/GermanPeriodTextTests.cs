using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Reporting.Core.Forms;
using Reporting.Core.Forms.Writers;
using Reporting.Core.Output;
using Reporting.Core.Reports;
using UglyToad.PdfPig;
using static Reporting.Tests.Rendering.RenderFixtures;

namespace Reporting.Tests.Rendering;

/// <summary>Every form in every format names its period in German where a person reads it (<c>Projektlaufzeit</c>,
/// <c>3. Quartal 2018</c>); the machine keys (<c>runtime</c>, <c>2018-Q3</c>) stay only in keys and file names.</summary>
public sealed partial class GermanPeriodTextTests
{
    [GeneratedRegex(@"runtime|\b\d{4}-Q[1-4]\b", RegexOptions.IgnoreCase)]
    private static partial Regex MachineKey();

    private static IEnumerable<TestCaseData> Cases()
    {
        foreach (var form in RenderFixtures.Forms)
        {
            yield return new TestCaseData(new FormCase($"{form} runtime", form, "dortmund-scla", Scope(form), "runtime")).SetArgDisplayNames($"{form} runtime");
            yield return new TestCaseData(new FormCase($"{form} 2018-Q3", form, "dortmund-scla", Scope(form), "2018-Q3")).SetArgDisplayNames($"{form} 2018-Q3");
        }
    }

    private static ReportScope Scope(string form) => FormKinds.IsPerProject(form) ? ReportScope.Project("SCLA-DO") : ReportScope.AllProjects;

    [TestCaseSource(nameof(Cases))]
    public void Pdf_EveryForm_PeriodInGermanNoMachineKey(FormCase form)
    {
        var document = form.Build();
        using var pdf = PdfDocument.Open(RenderPdf(document).Pdf);
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text)) + "\n" + pdf.Information.Title;

        Assert.That(MachineKey().Matches(text).Select(m => m.Value), Is.Empty);
        Assert.That(text, Does.Contain(document.Header.PeriodName));
        Assert.That(document.Header.PeriodName, Is.EqualTo(form.Period == "runtime" ? "Projektlaufzeit" : "3. Quartal 2018"));
    }

    [TestCaseSource(nameof(Cases))]
    public void Xlsx_EveryForm_CellsHeaderAndFooterHaveNoMachineKey(FormCase form)
    {
        var document = form.Build();
        using var book = new XLWorkbook(new MemoryStream(Xlsx(document)));
        var texts = new List<string> { book.Properties.Title };
        foreach (var sheet in book.Worksheets)
        {
            texts.AddRange(sheet.CellsUsed().Select(c => c.GetString()));
            foreach (var part in new[] { sheet.PageSetup.Header, sheet.PageSetup.Footer })
            {
                texts.AddRange(new[] { part.Left, part.Center, part.Right }.Select(p => p.GetText(XLHFOccurrence.OddPages)));
            }
        }

        Assert.That(texts.Where(t => MachineKey().IsMatch(t)), Is.Empty);
        Assert.That(texts, Has.Some.Contains(document.Header.PeriodName));
    }

    [TestCaseSource(nameof(Cases))]
    public void Csv_EveryForm_LabelsAndValuesHaveNoMachineKey(FormCase form)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        FormCsvWriter.Write(form.Build(), CsvStyle.German, (suffix, write) =>
        {
            using var stream = new MemoryStream();
            write(stream);
            files[suffix] = Encoding.UTF8.GetString(stream.ToArray());
        });

        var displayed = new List<string>();
        foreach (var (suffix, content) in files)
        {
            var lines = content.TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
            var header = lines[0].Split(';');
            // The header holds keys; in the main file the "key" column is a key too. Everything else is read by people.
            var keyColumn = Array.IndexOf(header, "key");
            displayed.AddRange(lines.Skip(1).SelectMany(l => l.Split(';').Where((_, i) => i != keyColumn)));
        }

        Assert.That(displayed.Where(t => MachineKey().IsMatch(t)), Is.Empty);
    }

    [TestCaseSource(nameof(Cases))]
    public void Json_EveryForm_DisplayValuesHaveNoMachineKeyButThePeriodKeyStays(FormCase form)
    {
        using var stream = new MemoryStream();
        var document = form.Build();
        FormJsonWriter.Write(document, stream);
        using var json = JsonDocument.Parse(stream.ToArray());
        var values = new List<string>();
        Collect(json.RootElement, null, values);

        Assert.That(values.Where(t => MachineKey().IsMatch(t)), Is.Empty);
        Assert.That(json.RootElement.GetProperty("period").GetString(), Is.EqualTo(document.Header.PeriodLabel), "the key stays for scripts");
        Assert.That(json.RootElement.GetProperty("period_name").GetString(), Is.EqualTo(document.Header.PeriodName));
    }

    /// <summary>Every string value except the top-level <c>period</c> key; property names are keys and not collected.</summary>
    private static void Collect(JsonElement element, string? property, List<string> values)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in element.EnumerateObject())
                {
                    Collect(p.Value, p.Name, values);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, property, values);
                }
                break;
            case JsonValueKind.String when property != "period":
                values.Add(element.GetString()!);
                break;
        }
    }
}
