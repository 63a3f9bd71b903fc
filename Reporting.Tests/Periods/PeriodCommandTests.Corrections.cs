using Reporting.Cli;
using Reporting.Core.Storage;

namespace Reporting.Tests.Periods;

public sealed partial class PeriodCommandTests
{
    private string VoucherV2Corrected() => _cli.Csv("ausgaben.csv",
        "Projekt-ID;Belegnummer;Zahlungsdatum;Kostenart;Betrag",
        "P1;V6;15.05.2018;PERS;300,00",
        "P1;V2;15.03.2018;SACH;2.400,50");

    [Test]
    public void Import_ChangingAVoucherOfAClosedQuarter_IsRefusedAndStoresNothing()
    {
        _cli.Ok("close", "--project", "P1", "--period", "2018-Q1");

        var (code, _, error) = _cli.Run("import", "expenditures", VoucherV2Corrected());

        Assert.That(code, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(error, Does.Contain("ausgaben.csv line 3: expenditure P1/V2 dated 2018-03-15 lies in closed period 2018-Q1 of project P1"));
        Assert.That(error, Does.Contain("1 record lies in closed periods; nothing was stored"));
        var stored = _cli.Snapshot();
        Assert.That(stored.Expenditures.Single(e => e.VoucherNo == "V2").Amount.Amount, Is.EqualTo(2_500.50m));
        Assert.That(stored.Expenditures.Select(e => e.VoucherNo), Has.No.Member("V6"), "the open quarter's voucher of the same import is not stored either");
        Assert.That(stored.Ledger.Corrections, Is.Empty);
    }

    [Test]
    public void Import_WithCorrection_NextQuarterListsItAndTheClosedQuarterIsRebuiltAsSubmitted()
    {
        _cli.Ok("submit", "--project", "P1", "--form", "quarterly", "--period", "2018-Q1", "--on", "2018-04-10");
        var submittedJson = _cli.Report("quarterly", "2018-Q1", "json");
        Assert.That(NumberRightOf(_cli.Report("quarterly", "2018-Q1", "xlsx"), "Ausgaben im Berichtszeitraum"), Is.EqualTo(7_000.00m));

        _cli.Today = new DateOnly(2018, 5, 2);
        _cli.Ok("import", "expenditures", VoucherV2Corrected(), "--correction", "Beleg V2 mit falschem Betrag erfasst");

        var correction = _cli.Snapshot().Ledger.Corrections.Single();
        Assert.That((correction.Kind, correction.Key, correction.Field, correction.Before, correction.After),
            Is.EqualTo((RecordKind.Expenditures, "P1/V2", "amount", "2500.50", "2400.50")));
        Assert.That((correction.Reason, correction.CorrectedBy, correction.Period.Label),
            Is.EqualTo(("Beleg V2 mit falschem Betrag erfasst", "kassenprüferin", "2018-Q1")));

        var rebuilt = _cli.Report("quarterly", "2018-Q1", "xlsx");
        Assert.That(NumberRightOf(rebuilt, "Ausgaben im Berichtszeitraum"), Is.EqualTo(7_000.00m), "the closed quarter as submitted");
        Assert.That(WithoutGeneratedAt(_cli.Report("quarterly", "2018-Q1", "json")), Is.EqualTo(WithoutGeneratedAt(submittedJson)));

        var next = _cli.Report("quarterly", "2018-Q2", "xlsx");
        Assert.That(NumberRightOf(next, "Ausgaben kumuliert"), Is.EqualTo(6_900.00m + 10_000.00m + 300.00m), "the next quarter counts the corrected records");
        var rows = Rows(next, "Korrekturen");
        Assert.That(rows.Any(r => r.Contains("P1/V2") && r.Contains("amount") && r.Contains("2500.50") && r.Contains("2400.50")
            && r.Contains("Beleg V2 mit falschem Betrag erfasst") && r.Contains("kassenprüferin")), Is.True, string.Join("\n", rows.Select(r => string.Join(" | ", r))));
        Assert.That(rows.Any(r => r.SequenceEqual(["2018-Q1", "Ausgaben im Berichtszeitraum", "7.000,00 €", "6.900,00 €", "-100,00 €"])), Is.True,
            string.Join("\n", rows.Select(r => string.Join(" | ", r))));
        Assert.That(rows.Any(r => r.SequenceEqual(["2018-Q1", "Verbleibende Mittel", "93.000,00 €", "93.100,00 €", "+100,00 €"])), Is.True);

        var pdf = PdfText(_cli.Report("quarterly", "2018-Q2", "pdf"));
        Assert.That(pdf, Does.Contain("Korrekturen früherer Zeiträume"));
        Assert.That(pdf, Does.Contain("P1/V2"));
        Assert.That(pdf, Does.Contain("7.000,00 € 6.900,00 € -100,00 €"));
    }

    [Test]
    public void Import_WithCorrection_TheProofOfTheRuntimeListsTheCorrectionOfItsClosedQuarter()
    {
        _cli.Ok("submit", "--project", "P1", "--form", "quarterly", "--period", "2018-Q1", "--on", "2018-04-10");
        _cli.Today = new DateOnly(2018, 5, 2);
        _cli.Ok("import", "expenditures", VoucherV2Corrected(), "--correction", "Beleg V2 mit falschem Betrag erfasst");

        _cli.Today = new DateOnly(2019, 3, 1);
        var proof = _cli.Report("proof", "runtime", "xlsx");
        var quarter = _cli.Report("quarterly", "2018-Q1", "xlsx");

        var rows = Rows(proof, "Korrekturen");
        Assert.That(rows.Any(r => r.Contains("P1/V2") && r.Contains("2400.50")), Is.True, string.Join("\n", rows.Select(r => string.Join(" | ", r))));
        Assert.That(rows.Any(r => r.SequenceEqual(["2018-Q1", "Ausgaben lt. Abrechnung", "7.000,00 €", "6.900,00 €", "-100,00 €"])), Is.True,
            string.Join("\n", rows.Select(r => string.Join(" | ", r))));
        using var closed = new ClosedXML.Excel.XLWorkbook(quarter);
        Assert.That(closed.Worksheets.Select(w => w.Name), Has.No.Member("Korrekturen"), "the corrected quarter itself is rebuilt as submitted");
    }

    [Test]
    public void Report_WithoutCorrections_HasNoCorrectionsSheet()
    {
        _cli.Ok("close", "--project", "P1", "--period", "2018-Q1");

        using var workbook = new ClosedXML.Excel.XLWorkbook(_cli.Report("quarterly", "2018-Q2", "xlsx"));

        Assert.That(workbook.Worksheets.Select(w => w.Name), Has.No.Member("Korrekturen"));
    }
}
