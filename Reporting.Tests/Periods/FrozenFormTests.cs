using Reporting.Core.Figures;
using Reporting.Core.Forms;
using Reporting.Core.Forms.Builders;
using Reporting.Core.Periods;
using Reporting.Core.Reports;
using Reporting.Tests.Support;

namespace Reporting.Tests.Periods;

/// <summary>The form data frozen at a close reads back to exactly the values written.</summary>
public class FrozenFormTests
{
    private static void AssertSame(FormData read, FormData written)
    {
        Assert.That(read.Fields, Is.EquivalentTo(written.Fields));
        Assert.That(read.Tables.Keys, Is.EquivalentTo(written.Tables.Keys));
        foreach (var (name, rows) in written.Tables)
        {
            var expected = rows.ToList();
            var actual = read.Tables[name].ToList();
            Assert.That(actual.Select(r => r.Role), Is.EqualTo(expected.Select(r => r.Role)), name);
            Assert.That(actual.Select(r => r.Cells), Is.EqualTo(expected.Select(r => r.Cells)).AsCollection, name);
        }
        Assert.That(read.Charts.Keys, Is.EquivalentTo(written.Charts.Keys));
        foreach (var (name, chart) in written.Charts)
        {
            Assert.That(read.Charts[name] with { Series = [] }, Is.EqualTo(chart with { Series = [] }), name);
            Assert.That(read.Charts[name].Series.SelectMany(s => s.Points), Is.EqualTo(chart.Series.SelectMany(s => s.Points)), name);
        }
    }

    [TestCase(false, TestName = "FrozenForm_QuarterlyInternal_ReadsBackEveryValue")]
    [TestCase(true, TestName = "FrozenForm_QuarterlyPublished_ReadsBackEveryValueAndEveryStar")]
    public void FrozenForm_Quarterly_ReadsBack(bool publish)
    {
        var snapshot = SmallProject.Snapshot();
        var period = Reporting.Core.Domain.ReportingPeriod.Quarter(2018, 2);
        var figures = FiguresService.Compute(snapshot, period, new DateOnly(2018, 7, 10), publish);
        var data = QuarterlyReport.Evaluate(new QuarterlyInput(snapshot, figures, FigureOptions.Default));

        AssertSame(FrozenForm.Read(FrozenForm.Write(data)), data);
    }

    [Test]
    public void FrozenForm_ProofWithBelegliste_ReadsBackEveryValue()
    {
        var snapshot = SmallProject.Snapshot();
        var proof = FigureCalculator.ComputeProofOfUse(snapshot, Reporting.Core.Domain.ReportingPeriod.Year(2018), new DateOnly(2019, 4, 1));
        var data = ProofOfUseReport.Spec.Evaluate(new ProofInput(snapshot, proof, FigureOptions.Default));

        AssertSame(FrozenForm.Read(FrozenForm.Write(data)), data);
    }
}
