namespace Reporting.Web;

/// <summary>Every sentence the web app says to a user or a script, worded once. Sentences a command of the CLI says
/// too (a period that does not parse, a project not found) are the CLI's sentences.</summary>
internal static class WebMessages
{
    public static string NotAUrl(string text) =>
        $"'{text}' is not an address to listen on; use for example {ListenUrls.Default} (several separated by ';')";

    public static string BindingRefused(string url) =>
        $"refusing to listen on {url}: only loopback addresses (127.0.0.1, ::1, localhost) may be used without --access FILE, "
        + "the file of users who may sign in (see docs/serve.md)";

    public static string NotADate(string parameter, string text) =>
        $"{parameter} '{text}' is not a date; use YYYY-MM-DD or DD.MM.YYYY";

    /// <summary>As the CLI's <c>figures</c> says it.</summary>
    public static string ProjectNotFound(string id) => $"project '{id}' not found in the database";

    /// <summary>As the CLI's <c>targets</c> says it.</summary>
    public static string NoProjectFor(string scope) => $"no project found for {scope}";

    public const string OneScopeOnly = "give at most one of project, program, funder, recipient, region";

    public const string OneReportScopeOnly = "give at most one of projekt, programm, mittelgeber, region, empfaenger, alle";

    public const string ApiSignInRequired = "sign-in required: this server has an access file (see docs/serve.md)";

    public const string ApiReadOnly = "the API only reads: use GET";

    public const string UnknownApi = "unknown address; the API has /api/targets and /api/projects/{id}/figures";

    public static string UnknownSort(string key) => $"sort '{key}' is unknown";

    public static string UnknownChart(string key) => $"chart '{key}' is unknown";

    // German sentences of the pages.

    public const string ProjectNotFoundTitle = "Projekt nicht gefunden";

    public static string ProjectNotFoundText(string id) => $"Das Projekt „{id}“ ist nicht in der Datenbank.";

    public const string BadRequestTitle = "Ungültige Anfrage";

    public const string NotFoundTitle = "Seite nicht gefunden";

    public const string NotFoundText = "Diese Adresse gibt es hier nicht.";

    public const string ReportFailedTitle = "Bericht nicht erstellt";

    public const string ForbiddenTitle = "Kein Zugriff";

    public const string PublishedOnlyDownload =
        "Mit der Rolle „veroeffentlicht“ sind nur Berichte zur Veröffentlichung abrufbar (kleine Fallzahlen als *).";

    public const string LoginFailed = "Benutzername oder Passwort ist falsch.";

    public static string LoginThrottled(TimeSpan wait) =>
        $"Zu viele fehlgeschlagene Anmeldungen. Bitte in {Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes))} Minute(n) erneut versuchen.";

    public const string LoginExpired = "Das Anmeldeformular ist abgelaufen. Bitte erneut versuchen.";

    public const string FailureTitle = "Fehler";

    public const string Unexpected = "Die Seite konnte wegen eines unerwarteten Fehlers nicht erstellt werden. Das Protokoll des Servers nennt die Einzelheiten.";

    public const string SignInRequired = "Bitte zuerst anmelden.";

    public const string ReadOnly = "Hier wird nur gelesen: diese Anfrage ist nicht möglich.";

    public const string NoProjectsSelected = "Für diese Auswahl gibt es keine Projekte.";
}
