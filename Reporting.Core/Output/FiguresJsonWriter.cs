using Reporting.Core.Figures;

namespace Reporting.Core.Output;

/// <summary>Figures as JSON, keys in snake_case as named in figures.md and in a fixed order (docs/figures-json.md).</summary>
public static class FiguresJsonWriter
{
    /// <param name="published">True when <see cref="Confidentiality"/> was applied; written as <c>"published"</c>.</param>
    public static void Write(ProjectFigures figures, Stream output, bool published = false)
    {
        ArgumentNullException.ThrowIfNull(figures);
        JsonFigureWriter.WriteDocument(output, FigureMembers.Project(figures, published));
    }

    /// <summary>The JSON text (for tests and callers that need a string).</summary>
    public static string ToJson(ProjectFigures figures, bool published = false)
    {
        using var stream = new MemoryStream();
        Write(figures, stream, published);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The targets overview: scope, as_of, <c>projects</c> (worst first), <c>total</c> (the roll-up), <c>not_started</c>.</summary>
    public static void WriteTargets(TargetsOverview overview, Stream output)
    {
        ArgumentNullException.ThrowIfNull(overview);
        JsonFigureWriter.WriteDocument(output, FigureMembers.Targets(overview));
    }
}
