using Reporting.Cli;

namespace Reporting.Tests.Periods;

public sealed partial class PeriodCommandTests
{
    [Test]
    public void Purge_ClosedPeriodsBeforeTheDate_RemovesParticipantsAndKeepsTheClosedFigures()
    {
        _cli.Today = new DateOnly(2018, 7, 5);
        _cli.Ok("close", "--project", "P1", "--period", "2018-Q1");
        _cli.Ok("submit", "--project", "P1", "--form", "quarterly", "--period", "2018-Q2", "--on", "2018-07-05");
        var q1 = _cli.Report("quarterly", "2018-Q1", "json");
        var q2 = _cli.Report("quarterly", "2018-Q2", "json");

        var said = _cli.Ok("purge", "--project", "P1", "--before", "2018-07-01");

        Assert.That(said, Does.Contain("deleted 2 participants who left before 2018-07-01 and their 1 placements"));
        var stored = _cli.Snapshot();
        Assert.That(stored.Participants.Select(p => p.Id.Value), Is.EqualTo(new[] { "B", "D", "E", "F" }), "A and C left before; B has not left");
        Assert.That(stored.Placements.Select(p => p.ParticipantId.Value), Has.No.Member("A"));
        var purge = stored.Ledger.Purges.Single();
        Assert.That((purge.Before, purge.Participants, purge.Placements, purge.PurgedBy, purge.Forced),
            Is.EqualTo((new DateOnly(2018, 7, 1), 2, 1, "kassenprüferin", false)));
        Assert.That(WithoutGeneratedAt(_cli.Report("quarterly", "2018-Q1", "json")), Is.EqualTo(WithoutGeneratedAt(q1)));
        Assert.That(WithoutGeneratedAt(_cli.Report("quarterly", "2018-Q2", "json")), Is.EqualTo(WithoutGeneratedAt(q2)));
        Assert.That(NumberRightOf(_cli.Report("quarterly", "2018-Q1", "xlsx"), "Eintritte im Berichtszeitraum"), Is.EqualTo(3m),
            "A, B and C entered in Q1, as submitted");
        Assert.That(FiguresJson("2018-Q1", "2018-07-05").GetProperty("participants").GetProperty("entries").GetInt32(), Is.EqualTo(1),
            "the records left: only B");
    }

    [Test]
    public void Purge_IsListedByHistory_WithWhoWhenAndHowMany()
    {
        _cli.Today = new DateOnly(2018, 7, 5);
        _cli.Ok("close", "--project", "P1", "--period", "2018-Q2");
        _cli.Ok("purge", "--project", "P1", "--before", "2018-07-01", "--force");

        var table = _cli.Ok("history", "--project", "P1");
        using var json = System.Text.Json.JsonDocument.Parse(_cli.Ok("history", "--format", "json"));

        Assert.That(table, Does.Contain("project P1, left before 01.07.2018: 2 participants, 1 placements deleted (--force)")
            .And.Contain("kassenprüferin"));
        var purge = json.RootElement.GetProperty("purges").EnumerateArray().Single();
        Assert.That((purge.GetProperty("project").GetString(), purge.GetProperty("before").GetString(),
                purge.GetProperty("participants").GetInt32(), purge.GetProperty("placements").GetInt32(), purge.GetProperty("forced").GetBoolean()),
            Is.EqualTo(("P1", "2018-07-01", 2, 1, true)));
    }

    [Test]
    public void Purge_RecordsInAPeriodThatIsNotClosed_IsRefusedUnlessForced()
    {
        _cli.Today = new DateOnly(2018, 7, 5);
        _cli.Ok("close", "--project", "P1", "--period", "2018-Q1");

        var (code, _, error) = _cli.Run("purge", "--project", "P1", "--before", "2018-07-01");

        Assert.That(code, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(error, Does.Contain("refused").And.Contain("lie in no closed period (first: 2018-05-15, 2018-05-31)").And.Contain("--force"));
        Assert.That(_cli.Snapshot().Participants, Has.Count.EqualTo(6));
        Assert.That(_cli.Snapshot().Ledger.Purges, Is.Empty);

        _cli.Ok("purge", "--project", "P1", "--before", "2018-07-01", "--force");

        Assert.That(_cli.Snapshot().Participants, Has.Count.EqualTo(4));
        Assert.That(_cli.Snapshot().Ledger.Purges.Single().Forced, Is.True);
    }

    [Test]
    public void Purge_DryRun_DeletesNothing()
    {
        _cli.Ok("close", "--project", "P1", "--period", "2018");

        var said = _cli.Ok("purge", "--project", "P1", "--before", "2018-07-01", "--dry-run");

        Assert.That(said, Does.Contain("would delete 2 participants"));
        Assert.That(_cli.Snapshot().Participants, Has.Count.EqualTo(6));
    }

    [Test]
    public void Purge_UnknownProject_IsNotFound()
    {
        Assert.That(_cli.Run("purge", "--project", "NOPE", "--before", "2018-07-01").Code, Is.EqualTo(ExitCodes.NotFound));
    }
}
