using System.Text;
using System.Text.Json;
using Reporting.Core.Forms.Writers;
using Reporting.Core.Output;

namespace Reporting.Tests.Forms;

public class FormWriterTests
{
    private static Dictionary<string, string> Csv(string form, string period, CsvStyle style)
    {
        var doc = FormBuilderTests.Build(form, period);
        var files = new Dictionary<string, string>();
        FormCsvWriter.Write(doc, style, (suffix, write) =>
        {
            using var ms = new MemoryStream();
            write(ms);
            files[suffix] = Encoding.UTF8.GetString(ms.ToArray());
        });
        return files;
    }

    [Test]
    public void Csv_GermanStyle_VoucherListWithDecimalCommaGermanDatesAndDefusedFormula()
    {
        var files = Csv("proof", "runtime", CsvStyle.German);
        var lines = files[".vouchers"].Split("\r\n");

        Assert.That(files[".vouchers"], Does.StartWith("\uFEFF"), "UTF-8 with BOM");
        Assert.That(lines[0], Is.EqualTo("\uFEFFrunning_number;cost_category;voucher_no;payment_date;payee;purpose;amount;row_type"));
        Assert.That(lines[1], Is.EqualTo("1;PERS;V1;31.01.2018;Träger e.V.;Zweck V1;5000,00;data"));
        Assert.That(lines[4], Is.EqualTo(";PERS;;;;Summe Personal;16000,00;subtotal"));
        Assert.That(lines[5], Is.EqualTo("4;SACH;V2;15.03.2018;\"'=HYPERLINK(\"\"http://x\"\")\";Zweck V2;2500,50;data"));
        Assert.That(lines[6], Is.EqualTo("5;SACH;V3;20.03.2018;Träger e.V.;Zweck V3;-500,50;data"), "a refund stays a negative number");
    }

    [Test]
    public void Csv_IsoStyle_CommaPointIsoDatesNoBom()
    {
        var files = Csv("proof", "runtime", CsvStyle.Iso);
        var lines = files[".vouchers"].Split("\r\n");

        Assert.That(lines[0], Does.StartWith("running_number,"));
        Assert.That(lines[1], Is.EqualTo("1,PERS,V1,2018-01-31,Träger e.V.,Zweck V1,5000.00,data"));
    }

    [Test]
    public void Csv_Monthly_IsOneFlatFileWithStableColumnNames()
    {
        var files = Csv("monthly", "2018", CsvStyle.Iso);

        Assert.That(files.Keys, Is.EqualTo(new[] { "" }));
        var lines = files[""].TrimEnd().Split("\r\n");
        Assert.That(lines[0], Does.StartWith("project_id,program_id,month,from,to,entries,entries_cumulative,active_at_end,exits,occupancy,placements"));
        Assert.That(lines, Has.Length.EqualTo(13));
    }

    [Test]
    public void Json_Quarterly_HasTypedValuesEqualToTheForm()
    {
        var doc = FormBuilderTests.Build("quarterly", "2018-Q2");
        using var ms = new MemoryStream();
        FormJsonWriter.Write(doc, ms);
        using var json = JsonDocument.Parse(ms.ToArray());
        var fields = json.RootElement.GetProperty("sections").EnumerateArray()
            .SelectMany(s => s.GetProperty("blocks").EnumerateArray())
            .Where(b => b.GetProperty("type").GetString() == "fields")
            .SelectMany(b => b.GetProperty("fields").EnumerateObject())
            .GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.First().Value);

        Assert.That(json.RootElement.GetProperty("period").GetString(), Is.EqualTo("2018-Q2"));
        Assert.That(fields["spent_cumulative"].GetRawText(), Is.EqualTo("17000.00"));
        Assert.That(fields["entries_cumulative"].GetInt32(), Is.EqualTo(4));
        Assert.That(fields["overhang_cutoff"].GetString(), Is.EqualTo("2018-04-30"));
        Assert.That(fields["cost_per_placement"].GetRawText(), Is.EqualTo("17000.00"));
    }
}
