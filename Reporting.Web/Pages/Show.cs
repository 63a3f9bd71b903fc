using Reporting.Core.Domain;
using Reporting.Core.Figures;
using Reporting.Core.Forms;
using Reporting.Core.Forms.Builders;
using Reporting.Core.Forms.Rendering;
using Reporting.Web.Html;

namespace Reporting.Web.Pages;

/// <summary>Values as the forms write them (<see cref="FormText"/>: German formats, <c>*</c>, <c>–</c>), and the status
/// badges: a colour and always the words (<see cref="GermanLabels"/>).</summary>
internal static class Show
{
    public static string Count(int? n) => FormText.Format(FormValue.Of(n));

    /// <summary>A sum of counts (a roll-up's target), which may exceed an <c>int</c>.</summary>
    public static string Count(long? n) => n is null ? FormText.Format(FormValue.Of((int?)null)) : Reporting.Core.Text.GermanFormat.Count(n.Value);

    public static string Percent(decimal? ratio) => FormText.Format(FormValue.Percent(ratio));

    public static string Number(decimal? value) => FormText.Format(FormValue.Quantity(value));

    public static string Euro(Money? amount) => FormText.Format(FormValue.Of(amount));

    public static string Date(DateOnly? date) => FormText.Format(FormValue.Of(date));

    /// <summary>The CSS class of a value kind: numbers are set right-aligned with tabular figures.</summary>
    public static string? CellClass(ValueKind kind) => kind is ValueKind.Text or ValueKind.Flag ? null : "num";

    public static void StatusBadge(HtmlBuilder h, TargetStatus? status)
    {
        ArgumentNullException.ThrowIfNull(h);
        var code = status?.Code() ?? "none";
        h.Element("span", GermanLabels.Of(status), ("class", "badge status-" + code.Replace('_', '-')), ("data-status", code));
    }

    public static void DeadlineBadge(HtmlBuilder h, ReportingDeadline deadline)
    {
        ArgumentNullException.ThrowIfNull(h);
        ArgumentNullException.ThrowIfNull(deadline);
        h.Element("span", GermanLabels.StatusOf(deadline), ("class", "badge deadline-" + deadline.Status.Code().Replace('_', '-')));
    }
}
