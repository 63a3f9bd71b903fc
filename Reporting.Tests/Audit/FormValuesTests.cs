using Reporting.Core.Audit;
using Reporting.Core.Domain;
using Reporting.Core.Forms;

namespace Reporting.Tests.Audit;

public class FormValuesTests
{
    private static FormDocument Document(decimal personnel, params string[] vouchers) => new(
        new FormHeader("FR-VN", "1", "Verwendungsnachweis", null, "Regeln", "SCLA", "SCLA – Projekt", "runtime", "Laufzeit",
            "01.07.2017 – 30.09.2019", new DateOnly(2019, 9, 30), DateTimeOffset.UnixEpoch, false),
        [new FormSection("finanzen", "Finanzen", "Finanzen", [
            new FieldsBlock("", [new FormField("grant", "Zuwendung", FormValue.Of(Money.Euros(5_800_000m)))]),
            new TableBlock("Ausgaben", "expenses",
                [new FormColumn("category", "Kostenart", ValueKind.Text), new FormColumn("actual", "Ist", ValueKind.Euro)],
                [
                    new FormRow([FormValue.Of("PERS"), FormValue.Of(Money.Euros(personnel))]),
                    new FormRow([FormValue.Of("SACH"), FormValue.Of(Money.Euros(10m))]),
                    new FormRow([FormValue.Of("Summe"), FormValue.Of(Money.Euros(personnel + 10m))], RowRole.Total),
                ]),
            new TableBlock("Belegliste", "vouchers", [new FormColumn("voucher_no", "Beleg", ValueKind.Text)],
                [.. vouchers.Select(v => new FormRow([FormValue.Of(v)]))], IsList: true)])],
        []);

    [Test]
    public void Of_Document_NamesFieldsAndCellsBySectionTableRowAndColumn()
    {
        var values = FormValues.Of(Document(100m, "B-1", "B-1"));

        Assert.That(values.Select(v => $"{v.Key}={v.Value}"), Is.EqualTo(new[]
        {
            "header.scope=SCLA – Projekt", "header.period=01.07.2017 – 30.09.2019", "header.as_of=2019-09-30",
            "finanzen.grant=5800000.00",
            "finanzen.expenses[PERS].category=PERS", "finanzen.expenses[PERS].actual=100.00",
            "finanzen.expenses[SACH].category=SACH", "finanzen.expenses[SACH].actual=10.00",
            "finanzen.expenses[total].category=Summe", "finanzen.expenses[total].actual=110.00",
            "finanzen.vouchers[B-1].voucher_no=B-1", "finanzen.vouchers[B-1#2].voucher_no=B-1",
        }));
    }

    [Test]
    public void PackThenUnpack_GivesTheSameValues()
    {
        var document = Document(100m, "B-1");

        Assert.That(FormValues.Unpack(FormValues.Pack(document)), Is.EqualTo(FormValues.Of(document)));
    }

    [Test]
    public void Compare_ChangedAndNewValues_NamedWithRecordedAndCurrentValue()
    {
        var changes = FormValues.Compare(FormValues.Of(Document(100m, "B-1")), FormValues.Of(Document(150m, "B-1", "B-2")));

        Assert.That(changes, Is.EqualTo(new[]
        {
            new FigureChange("finanzen.expenses[PERS].actual", "100.00", "150.00", FigureChangeKind.Changed),
            new FigureChange("finanzen.expenses[total].actual", "110.00", "160.00", FigureChangeKind.Changed),
            new FigureChange("finanzen.vouchers[B-2].voucher_no", null, "B-2", FigureChangeKind.New),
        }));
        Assert.That(FormValues.Compare(FormValues.Of(Document(1m)), FormValues.Of(Document(1m))), Is.Empty);
    }
}
