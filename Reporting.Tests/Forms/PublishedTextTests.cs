using Reporting.Core.Forms;
using Reporting.Tests.Support;

namespace Reporting.Tests.Forms;

public class PublishedTextTests
{
    private static FormDocument Document(string text) => new(
        new FormHeader("FR-VN", "1", "Verwendungsnachweis", null, "Regeln", "SCLA", "SCLA", "runtime", "Laufzeit", "", new DateOnly(2019, 9, 30),
            DateTimeOffset.UnixEpoch, true),
        [new FormSection("belege", "Belege", "Belege", [
            new TableBlock("Belegliste", "vouchers", [new FormColumn("description", "Verwendungszweck", ValueKind.Text)],
                [new FormRow([FormValue.Of(text)])]),
            new TextBlock("Sachbericht", text)])],
        []);

    [TestCase("Einstellungsprämie TN-001, Einstellung vom 25.06.2018", "Einstellungsprämie [Teilnehmer-ID], Einstellung vom 25.06.2018")]
    [TestCase("für TN-001.", "für [Teilnehmer-ID].")]
    [TestCase("(TN-002/TN-001)", "(TN-002/[Teilnehmer-ID])")]
    [TestCase("TN-0010 und XTN-001", "TN-0010 und XTN-001")]
    [TestCase("Miete 07/2017", "Miete 07/2017")]
    public void Mask_TextsNamingAParticipant_ReplaceTheIdAsAWholeWord(string text, string expected)
    {
        var masked = PublishedText.Mask(Document(text), [TestData.Participant("TN-001", "2017-08-01")]);

        var table = masked.Blocks.OfType<TableBlock>().Single();
        Assert.That(table.Rows.Single().Cells.Single().Text, Is.EqualTo(expected));
        Assert.That(masked.Blocks.OfType<TextBlock>().Single().Text, Is.EqualTo(expected));
    }

    [Test]
    public void Mask_IdWithASpace_IsReplacedToo()
    {
        var masked = PublishedText.Mask(Document("Prämie Kunde 4711 gezahlt"), [TestData.Participant("Kunde 4711", "2017-08-01")]);

        Assert.That(masked.Blocks.OfType<TextBlock>().Single().Text, Is.EqualTo("Prämie [Teilnehmer-ID] gezahlt"));
    }
}
