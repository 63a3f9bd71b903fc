namespace Reporting.Tests.Periods;

public sealed partial class PeriodCommandTests
{
    [Test]
    public void Submit_ProofOnTime_DeadlineSubmittedOnTimeInJsonAndXlsx()
    {
        _cli.Today = new DateOnly(2019, 6, 20);

        var said = _cli.Ok("submit", "--project", "P1", "--form", "proof", "--period", "runtime", "--on", "2019-06-20");

        Assert.That(said, Does.Contain("submitted on 2019-06-20, on time (due 2019-06-30)"));
        var deadline = FiguresJson("runtime", "2019-06-25").GetProperty("deadlines")[0];
        Assert.That(deadline.GetProperty("kind").GetString(), Is.EqualTo("final"));
        Assert.That(deadline.GetProperty("status").GetString(), Is.EqualTo("submitted"));
        Assert.That(deadline.GetProperty("submitted_on").GetString(), Is.EqualTo("2019-06-20"));
        Assert.That(deadline.GetProperty("submitted_late").GetBoolean(), Is.False);
        var quarterly = _cli.Report("quarterly", "2018-Q4", "xlsx");
        Assert.That(TextRightOf(quarterly, "Fristenstatus"), Is.EqualTo("eingereicht am 20.06.2019 (fristgerecht)"));
    }

    [Test]
    public void Submit_ProofHandedInAgainAfterTheDueDay_SaysSoAndTheFirstDayStillCounts()
    {
        _cli.Today = new DateOnly(2019, 7, 15);
        _cli.Ok("submit", "--project", "P1", "--form", "proof", "--period", "runtime", "--on", "2019-06-20");

        var said = _cli.Ok("submit", "--project", "P1", "--form", "proof", "--period", "runtime", "--on", "2019-07-10");

        Assert.That(said, Does.Contain("submitted on 2019-06-20, on time (due 2019-06-30) (handed in before on 2019-06-20; the earlier day counts)."));
        var deadline = FiguresJson("runtime", "2019-07-15").GetProperty("deadlines")[0];
        Assert.That(deadline.GetProperty("submitted_on").GetString(), Is.EqualTo("2019-06-20"));
        Assert.That(deadline.GetProperty("submitted_late").GetBoolean(), Is.False);
    }

    [Test]
    public void Submit_ProofLate_DeadlineSubmittedLateInJsonAndXlsx()
    {
        _cli.Today = new DateOnly(2019, 7, 15);
        Assert.That(FiguresJson("runtime", "2019-07-15").GetProperty("deadlines")[0].GetProperty("status").GetString(), Is.EqualTo("overdue"));

        var said = _cli.Ok("submit", "--project", "P1", "--form", "proof", "--period", "runtime", "--on", "2019-07-10");

        Assert.That(said, Does.Contain("submitted on 2019-07-10, late (due 2019-06-30)"));
        var json = FiguresJson("runtime", "2019-07-15");
        Assert.That(json.GetProperty("deadlines")[0].GetProperty("status").GetString(), Is.EqualTo("submitted"));
        Assert.That(json.GetProperty("deadlines")[0].GetProperty("submitted_late").GetBoolean(), Is.True);
        Assert.That(json.GetProperty("next_deadline").GetProperty("status").GetString(), Is.EqualTo("submitted"));
        Assert.That(FiguresJson("runtime", "2019-07-05").GetProperty("deadlines")[0].GetProperty("status").GetString(), Is.EqualTo("overdue"),
            "judged on a day before it was handed in, the deadline was still overdue");
        var proof = _cli.Report("proof", "runtime", "xlsx");
        Assert.That(TextRightOf(proof, "Fristenstatus"), Is.EqualTo("eingereicht am 10.07.2019 (verspätet)"));
        var targets = _cli.Ok("targets", "--as-of", "2019-07-15", "--format", "json");
        Assert.That(targets, Does.Contain("\"status\": \"submitted\""));
    }

    [Test]
    public void Submit_NoClose_LeavesThePeriodOpen()
    {
        _cli.Ok("submit", "--project", "P1", "--form", "quarterly", "--period", "2018-Q1", "--on", "2018-04-10", "--no-close");

        var ledger = _cli.Snapshot().Ledger;
        Assert.That(ledger.Submissions.Single().Period.Label, Is.EqualTo("2018-Q1"));
        Assert.That(ledger.Closed, Is.Empty);
    }

    [Test]
    public void Submit_PeriodOutsideRuntime_IsAUsageError()
    {
        var (code, _, error) = _cli.Run("submit", "--project", "P1", "--form", "quarterly", "--period", "2020-Q1");

        Assert.That(code, Is.EqualTo(Reporting.Cli.ExitCodes.Usage));
        Assert.That(error, Does.Contain("outside the runtime"));
        Assert.That(_cli.Snapshot().Ledger.Submissions, Is.Empty);
    }
}
