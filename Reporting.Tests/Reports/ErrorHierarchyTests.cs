using Reporting.Core.Reports;

namespace Reporting.Tests.Reports;

/// <summary>Core has one root for the failures a user can act on (<see cref="ReportException"/>, which the program maps
/// to exit codes in one place); every other exception type Core declares is a bug when it escapes.</summary>
public class ErrorHierarchyTests
{
    /// <summary>Exceptions that mean a bug in the program, not something the user can fix.</summary>
    private static readonly string[] Bugs = ["LayoutException"];

    [Test]
    public void CoreExceptionTypes_AreReportExceptionsUnlessTheyMeanABug()
    {
        var types = typeof(ReportException).Assembly.GetTypes()
            .Where(t => typeof(Exception).IsAssignableFrom(t) && t != typeof(ReportException) && !Bugs.Contains(t.Name))
            .ToList();

        Assert.That(types, Is.Not.Empty);
        Assert.That(types.Where(t => !typeof(ReportException).IsAssignableFrom(t)).Select(t => t.FullName), Is.Empty);
    }

    [TestCase("StoreException", ReportErrorKind.Environment)]
    [TestCase("FontNotFoundException", ReportErrorKind.Environment)]
    [TestCase("FontException", ReportErrorKind.Environment)]
    public void UserErrors_CarryTheirKind(string name, ReportErrorKind kind)
    {
        var type = typeof(ReportException).Assembly.GetTypes().Single(t => t.Name == name);

        var error = (ReportException)Activator.CreateInstance(type, "the message", null)!;

        Assert.That(error.Kind, Is.EqualTo(kind));
        Assert.That(error.Lines, Is.EqualTo(new[] { "the message" }));
    }
}
