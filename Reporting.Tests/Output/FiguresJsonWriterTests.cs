using System.Globalization;
using System.Text;
using System.Text.Json;
using Reporting.Core.Domain;
using Reporting.Core.Figures;
using Reporting.Core.Output;
using static Reporting.Tests.Figures.Build;

namespace Reporting.Tests.Output;

public class FiguresJsonWriterTests
{
    /// <summary>Grant 5,800,000; a refund; 1/3 ratios; a placement; German and Turkish letters in names.</summary>
    internal static ProjectSnapshot Sample() => Snapshot(
        project: Project(grant: 5_800_000m, own: 1_450_000m, third: 0m, target: 210, places: 3) with { Name = "Arbeit für İstanbul-Straße" },
        people:
        [
            Person("A", D(2018, 7, 1), gender: Gender.Female, birthYear: 1980),
            Person("B", D(2018, 7, 2), D(2018, 7, 31), ExitReason.Placement, Gender.Male, 1999, true),
            Person("C", D(2018, 7, 3), gender: Gender.Female, birthYear: 1960),
        ],
        placements: [Placed("B", D(2018, 7, 20))],
        spending: [Spend("V1", D(2018, 7, 1), 1234.5m, "personnel"), Spend("V2", D(2018, 7, 2), -0.5m, "=material")],
        disbursements: [Received("R1", D(2018, 5, 31), 10_000m)],
        lines: [Line("personnel", 1000m)]);

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

    [Test]
    public void Write_Euros_ExactNumbersWithTwoDecimals()
    {
        var json = FiguresJsonWriter.ToJson(FigureCalculator.Compute(Sample(), ReportingPeriod.Month(2018, 7)));

        Assert.That(json, Does.Contain("\"grant\": 5800000.00,"));
        Assert.That(json, Does.Contain("\"spent\": 1234.00,"));
        Assert.That(json, Does.Contain("\"overhang\": 8766.00,"), "10,000 received on to − 2 months, 1,234 spent");
        Assert.That(json, Does.Contain("\"cost_per_placement\": 1234.00,"));
        Assert.That(Parse(json).GetProperty("funding").GetProperty("total_budget").GetDecimal(), Is.EqualTo(7_250_000m));
    }

    [Test]
    public void Write_KeysNullsDatesAndStatus_AsDocumented()
    {
        var root = Parse(FiguresJsonWriter.ToJson(FigureCalculator.Compute(Sample(), ReportingPeriod.Month(2018, 7))));

        Assert.That(root.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[]
        {
            "project_id", "project_name", "program_id", "recipient", "region", "runtime", "period", "as_of", "today",
            "project_ended", "published", "participants", "placements", "funding", "requestable_now", "funds_request", "breakdowns",
            "deadlines", "next_deadline",
        }));
        Assert.That(root.GetProperty("project_name").GetString(), Is.EqualTo("Arbeit für İstanbul-Straße"));
        Assert.That(root.GetProperty("period").GetProperty("label").GetString(), Is.EqualTo("2018-07"));
        Assert.That(root.GetProperty("as_of").GetString(), Is.EqualTo("2018-07-31"));
        var participants = root.GetProperty("participants");
        Assert.That(participants.GetProperty("active_at_end").GetInt32(), Is.EqualTo(2));
        Assert.That(participants.GetProperty("exits_by_reason").GetProperty("placement").GetInt32(), Is.EqualTo(1));
        Assert.That(participants.GetProperty("occupancy").GetRawText(), Is.EqualTo("0.967742"), "(31 + 30 + 29) person-days / (31 days × 3 places)");
        var placements = root.GetProperty("placements");
        Assert.That(placements.GetProperty("status").GetString(), Is.EqualTo("off_track"), "1 placed, 210 × 212 / 730 = 61 expected");
        Assert.That(placements.GetProperty("attainment").GetRawText(), Is.EqualTo("0.004762"), "1 / 210");
        var categories = root.GetProperty("funding").GetProperty("cost_categories");
        Assert.That(categories[0].GetProperty("cost_category").GetString(), Is.EqualTo("=material"));
        Assert.That(categories[0].GetProperty("approved_amount").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(categories[0].GetProperty("spent").GetRawText(), Is.EqualTo("-0.50"));
        Assert.That(root.GetProperty("breakdowns").GetProperty("gender").GetProperty("total").GetProperty("entries").GetInt32(), Is.EqualTo(3));
        Assert.That(root.GetProperty("next_deadline").GetProperty("due").GetString(), Is.EqualTo("2019-04-30"));
    }

    [Test]
    public void Write_Published_SuppressedCountsAreStarsAndValuesAreGone()
    {
        var published = Confidentiality.Apply(FigureCalculator.Compute(Sample(), ReportingPeriod.Month(2018, 7)));

        var root = Parse(FiguresJsonWriter.ToJson(published, published: true));

        var gender = root.GetProperty("breakdowns").GetProperty("gender");
        Assert.That(gender.GetProperty("f").GetProperty("entries").GetString(), Is.EqualTo("*"));
        Assert.That(gender.GetProperty("m").GetProperty("entries").GetString(), Is.EqualTo("*"));
        Assert.That(gender.GetProperty("d").GetProperty("entries").GetInt32(), Is.EqualTo(0));
        Assert.That(gender.GetProperty("total").GetProperty("entries").GetInt32(), Is.EqualTo(3));
        Assert.That(root.GetProperty("published").GetBoolean(), Is.True);
        Assert.That(root.GetProperty("funding").GetProperty("spent").GetRawText(), Is.EqualTo("1234.00"));
    }

    [TestCase("tr-TR")]
    [TestCase("fa-IR")]
    public void Write_UnderHostileCulture_ByteIdenticalToInvariantRun(string culture)
    {
        var invariant = Run(CultureInfo.InvariantCulture);
        var hostile = Run(CultureInfo.GetCultureInfo(culture));

        Assert.That(hostile, Is.EqualTo(invariant));
        Assert.That(Encoding.UTF8.GetString(invariant), Does.Contain("\"spent_cumulative\": 1234.00"));
    }

    private static byte[] Run(CultureInfo culture)
    {
        var (current, currentUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            var figures = FigureCalculator.Compute(Sample(), ReportingPeriod.Parse("2018-07").GetValueOrThrow());
            using var stream = new MemoryStream();
            FiguresJsonWriter.Write(figures, stream);
            FiguresJsonWriter.Write(Confidentiality.Apply(figures), stream, published: true);
            FiguresJsonWriter.WriteTargets(TargetsOverview.Build("all", [Sample()], D(2018, 7, 31)), stream);
            return stream.ToArray();
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = currentUi;
        }
    }
}
