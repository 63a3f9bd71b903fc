using Reporting.Core.Figures;
using Reporting.Core.Periods;
using Reporting.Core.Reports;
using Reporting.Core.Storage;
using Reporting.Tests.Support;

namespace Reporting.Tests.Periods;

/// <summary>The ledger service behind submit, close and purge, on <see cref="Support.SmallProject"/> (runtime 2018, one
/// budget year, so its only proof-of-use deadline is the final one, due 30.06.2019). The commands' wording and exit
/// codes are <see cref="PeriodCommandTests"/>.</summary>
public sealed class PeriodServiceTests
{
    private static readonly DateTimeOffset At = new(2019, 4, 29, 9, 0, 0, TimeSpan.Zero);

    private string _dir = null!;
    private IReportingStore _store = null!;

    [SetUp]
    public void Open()
    {
        _dir = Directory.CreateTempSubdirectory("fr-period-service-").FullName;
        _store = StoreFactory.Open(Path.Combine(_dir, "ledger.db"), create: true);
        _store.Migrate();
        var s = SmallProject.Snapshot();
        _store.Save(new ImportBatch([s.Program], [s.Project], s.BudgetLines, s.Participants, s.Placements, s.Expenditures, s.Disbursements));
    }

    [TearDown]
    public void Close()
    {
        _store.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private static PeriodActor On(string day) => new(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), At, "kassenprüferin");

    private ProjectLedger Ledger()
    {
        using var read = _store.OpenReader();
        return read.Ledger(SmallProject.Id);
    }

    [Test]
    public void A_submitted_quarterly_report_is_recorded_and_closes_its_quarter_with_the_forms_frozen()
    {
        var outcome = PeriodService.Submit(_store, " P1 ", "quarterly", "2018-Q1", On("2018-04-10"), keepOpen: false);

        Assert.That((outcome.Submission.Period.Label, outcome.Submission.Period.From, outcome.Submission.Period.To),
            Is.EqualTo(("2018-Q1", new DateOnly(2018, 1, 1), new DateOnly(2018, 3, 31))));
        Assert.That(outcome.Submission.SubmittedOn, Is.EqualTo(new DateOnly(2018, 4, 10)));
        Assert.That(outcome.Entry.Close!.Period, Is.EqualTo(outcome.Submission.Period));
        Assert.That(outcome.Entry.Frozen, Is.Not.Empty);
        Assert.That(outcome.MetDeadline, Is.Null, "a Quartalsbericht meets no proof-of-use deadline");
        var ledger = Ledger();
        Assert.That(ledger.Submissions.Select(s => (s.Form, s.Period.Label, s.RecordedBy)), Is.EqualTo(new[] { ("quarterly", "2018-Q1", "kassenprüferin") }));
        Assert.That(ledger.Closed.Select(c => c.Period.Label), Is.EqualTo(new[] { "2018-Q1" }));
    }

    [Test]
    public void A_proof_of_use_for_the_runtime_meets_the_final_deadline_on_time()
    {
        var onTime = PeriodService.Submit(_store, "P1", "proof", "runtime", On("2019-04-29"), keepOpen: true);
        Assert.That(onTime.MetDeadline, Is.Not.Null);
        Assert.That((onTime.MetDeadline!.Kind, onTime.MetDeadline.Due, onTime.MetDeadline.SubmittedLate),
            Is.EqualTo((DeadlineKind.Final, new DateOnly(2019, 6, 30), (bool?)false)));
    }

    [Test]
    public void A_proof_of_use_handed_in_after_the_due_day_meets_it_late()
    {
        var late = PeriodService.Submit(_store, "P1", "proof", "runtime", On("2019-07-10"), keepOpen: true);

        Assert.That(late.MetDeadline!.SubmittedLate, Is.True);
    }

    [Test]
    public void A_proof_of_use_handed_in_again_after_the_due_day_keeps_the_first_day_and_stays_on_time()
    {
        PeriodService.Submit(_store, "P1", "proof", "runtime", On("2019-04-29"), keepOpen: true);

        var again = PeriodService.Submit(_store, "P1", "proof", "runtime", On("2019-07-10"), keepOpen: true);

        Assert.That(again.HandedInBefore, Is.EqualTo(new DateOnly(2019, 4, 29)));
        Assert.That(again.Submission.SubmittedOn, Is.EqualTo(new DateOnly(2019, 4, 29)));
        Assert.That(again.MetDeadline!.SubmittedLate, Is.False);
        var ledger = Ledger();
        Assert.That(ledger.Submissions.Select(s => (s.Form, s.SubmittedOn)), Is.EqualTo(new[] { ("proof", new DateOnly(2019, 4, 29)) }));
        using var read = _store.OpenReader();
        var final = FigureCalculator.Deadlines(SmallProjectRuntime(read), new DateOnly(2019, 8, 1), null, ledger.Submissions)
            .Single(d => d.Kind == DeadlineKind.Final);
        Assert.That((final.SubmittedOn, final.SubmittedLate), Is.EqualTo(((DateOnly?)new DateOnly(2019, 4, 29), (bool?)false)),
            "the figures judge the deadline by the same day the command printed");
    }

    [Test]
    public void A_form_handed_in_again_with_an_earlier_day_takes_that_day()
    {
        PeriodService.Submit(_store, "P1", "quarterly", "2018-Q2", On("2018-07-20"), keepOpen: true);

        var again = PeriodService.Submit(_store, "P1", "quarterly", "2018-Q2", On("2018-07-05"), keepOpen: true);

        Assert.That((again.HandedInBefore, again.Submission.SubmittedOn), Is.EqualTo(((DateOnly?)new DateOnly(2018, 7, 20), new DateOnly(2018, 7, 5))));
        Assert.That(Ledger().Submissions.Select(s => s.SubmittedOn), Is.EqualTo(new[] { new DateOnly(2018, 7, 5) }));
    }

    private static Core.Domain.DateRange SmallProjectRuntime(IStoreReader read) => read.Snapshot(SmallProject.Id)!.Project.Runtime;

    [Test]
    public void Keeping_the_period_open_records_the_submission_only()
    {
        var outcome = PeriodService.Submit(_store, "P1", "quarterly", "2018-Q2", On("2018-07-05"), keepOpen: true);

        Assert.That(outcome.Entry.Close, Is.Null);
        Assert.That(outcome.Entry.Frozen, Is.Empty);
        Assert.That(Ledger().Closed, Is.Empty);
        Assert.That(Ledger().Submissions, Has.Count.EqualTo(1));
    }

    [Test]
    public void A_period_closed_twice_stays_as_it_was_closed_first()
    {
        var first = PeriodService.Close(_store, "P1", "2018-Q1", On("2018-04-02"));
        var second = PeriodService.Close(_store, "P1", "2018-Q1", On("2018-05-02"));

        Assert.That(first.Recorded, Is.Not.Null);
        Assert.That(first.AlreadyClosed, Is.Null);
        Assert.That(second.Recorded, Is.Null);
        Assert.That(second.AlreadyClosed!.AsOf, Is.EqualTo(new DateOnly(2018, 4, 2)));
        Assert.That(Ledger().Closed, Has.Count.EqualTo(1));
    }

    [Test]
    public void A_submission_for_a_closed_period_leaves_the_closing_as_it_was()
    {
        PeriodService.Close(_store, "P1", "2018-Q1", On("2018-04-02"));
        var outcome = PeriodService.Submit(_store, "P1", "quarterly", "2018-Q1", On("2018-04-10"), keepOpen: false);

        Assert.That(outcome.Entry.Close, Is.Null);
        Assert.That(Ledger().Closed.Single().AsOf, Is.EqualTo(new DateOnly(2018, 4, 2)));
    }

    [TestCase("P9", "2018-Q1", ReportErrorKind.NotFound, "project 'P9' not found in the database")]
    [TestCase("P1", "2019-Q1", ReportErrorKind.Usage, "outside")]
    [TestCase("P1", "2018-Q5", ReportErrorKind.Usage, "2018-Q5")]
    public void What_cannot_be_recorded_is_a_user_error_and_writes_nothing(string project, string period, ReportErrorKind kind, string says)
    {
        var close = Assert.Throws<ReportException>(() => PeriodService.Close(_store, project, period, On("2018-04-02")))!;
        var submit = Assert.Throws<ReportException>(() => PeriodService.Submit(_store, project, "quarterly", period, On("2018-04-02"), false))!;

        Assert.That((close.Kind, submit.Kind), Is.EqualTo((kind, kind)));
        Assert.That(close.Message, Does.Contain(says));
        Assert.That(Ledger().Submissions, Is.Empty);
        Assert.That(Ledger().Closed, Is.Empty);
    }

    [Test]
    public void Only_the_quarterly_report_and_the_proof_of_use_are_handed_in()
    {
        var e = Assert.Throws<ReportException>(() => PeriodService.Submit(_store, "P1", "targets", "2018-Q1", On("2018-04-02"), false))!;

        Assert.That(e.Kind, Is.EqualTo(ReportErrorKind.Usage));
        Assert.That(Ledger().Submissions, Is.Empty);
    }

    [Test]
    public void A_purge_of_a_project_that_does_not_exist_is_not_found()
    {
        var e = Assert.Throws<ReportException>(() =>
            PeriodService.Purge(_store, "P9", new DateOnly(2019, 1, 1), force: true, dryRun: true, On("2019-01-01")))!;

        Assert.That(e.Kind, Is.EqualTo(ReportErrorKind.NotFound));
    }

    [Test]
    public void A_purge_counts_the_participants_who_left_before_the_day()
    {
        var outcome = PeriodService.Purge(_store, "P1", new DateOnly(2018, 6, 1), force: true, dryRun: true, On("2019-01-01"));

        Assert.That(outcome.Refused, Is.False);
        Assert.That(outcome.Participants, Is.EqualTo(2), "A left 31.05.2018 and C 31.03.2018");
    }
}
