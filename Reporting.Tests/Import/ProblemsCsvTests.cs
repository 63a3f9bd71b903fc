using Reporting.Core.Import;

namespace Reporting.Tests.Import;

public class ProblemsCsvTests
{
    [Test]
    public void Format_CellsWithDelimiterOrQuotes_AreQuoted()
    {
        var text = ProblemsCsv.Format([new ImportProblem("a;b.csv", 7, "Eintritt", "'x\"y' is not a date")]);

        Assert.That(text, Is.EqualTo("file;line;column;problem\r\n\"a;b.csv\";7;Eintritt;\"'x\"\"y' is not a date\"\r\n"));
    }

    [Test]
    public void Format_FormulaLookingColumnHeader_IsNeutralisedWithApostrophe()
    {
        var text = ProblemsCsv.Format([new ImportProblem("p.csv", 1, "=cmd()", "unknown column, ignored")]);

        Assert.That(text, Is.EqualTo("file;line;column;problem\r\np.csv;1;'=cmd();unknown column, ignored\r\n"));
    }

    [Test]
    public void Format_LineLevelProblem_HasEmptyColumn()
    {
        var text = ProblemsCsv.Format([new ImportProblem("p.csv", 1, null, "the file is empty; expected a header line")]);

        Assert.That(text, Is.EqualTo("file;line;column;problem\r\np.csv;1;;\"the file is empty; expected a header line\"\r\n"));
    }
}
