using System.Text.Json;

namespace Reporting.Core.Forms;

/// <summary>Reads a template file and checks it against the catalog of its form, collecting every problem.</summary>
internal static class TemplateLoader
{
    private static readonly JsonSerializerOptions Json = new()
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly char[] BadSheetChars = ['[', ']', ':', '*', '?', '/', '\\'];

    /// <summary>Loads and validates; on failure the result's error lists every problem as <c>file: path: problem</c> lines.</summary>
    public static TemplateLoadResult Load(string path, Func<string, FormCatalog?> catalogFor)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            return TemplateLoadResult.Fail([$"{path}: template file not found"]);
        }
        FormTemplate? template;
        try
        {
            template = JsonSerializer.Deserialize<FormTemplate>(File.ReadAllText(path), Json);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } l ? $"line {l + 1}: " : "";
            return TemplateLoadResult.Fail([$"{name}: {where}not a valid template: {e.Message.Split(" Path:")[0]}"]);
        }
        if (template is null)
        {
            return TemplateLoadResult.Fail([$"{name}: empty template"]);
        }
        var problems = Validate(template, catalogFor(template.Form)).Select(p => $"{name}: {p}").ToList();
        return problems.Count == 0 ? TemplateLoadResult.Ok(template) : TemplateLoadResult.Fail(problems);
    }

    /// <summary>Every problem of <paramref name="template"/> against <paramref name="catalog"/> (null = unknown form).</summary>
    public static IReadOnlyList<string> Validate(FormTemplate template, FormCatalog? catalog)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(template.FormId)) problems.Add("form_id is missing");
        if (string.IsNullOrWhiteSpace(template.Version)) problems.Add("version is missing");
        if (string.IsNullOrWhiteSpace(template.Title)) problems.Add("title is missing");
        if (catalog is null)
        {
            problems.Add($"form '{template.Form}' is unknown; use quarterly, proof, targets, monthly or mittelabruf");
            return problems;
        }
        if (template.Sections.Count == 0) problems.Add("sections: a template needs at least one section");
        var ids = new HashSet<string>();
        for (var s = 0; s < template.Sections.Count; s++)
        {
            var section = template.Sections[s];
            var at = $"sections[{s}]";
            if (string.IsNullOrWhiteSpace(section.Id)) problems.Add($"{at}.id is missing");
            else if (!ids.Add(section.Id)) problems.Add($"{at}.id '{section.Id}' is used twice");
            if (string.IsNullOrWhiteSpace(section.Sheet)) problems.Add($"{at}.sheet is missing");
            else if (section.Sheet.Length > 31 || section.Sheet.IndexOfAny(BadSheetChars) >= 0)
                problems.Add($"{at}.sheet '{section.Sheet}' is not a valid sheet name (at most 31 characters, none of []:*?/\\)");
            for (var b = 0; b < section.Blocks.Count; b++)
            {
                ValidateBlock(section.Blocks[b], catalog, $"{at}.blocks[{b}]", problems);
            }
        }
        return problems;
    }

    private static void ValidateBlock(BlockTemplate block, FormCatalog catalog, string at, List<string> problems)
    {
        switch (block.Type)
        {
            case "fields":
                if (block.Fields is not { Count: > 0 }) problems.Add($"{at}.fields: a fields block needs at least one field");
                for (var i = 0; i < (block.Fields?.Count ?? 0); i++)
                {
                    var f = block.Fields![i].Figure;
                    if (catalog.Field(f) is null)
                        problems.Add($"{at}.fields[{i}]: unknown figure '{f}' for form '{catalog.Form}'{Suggest(f, catalog.Fields.Select(x => x.Name))}");
                }
                break;
            case "table":
                var table = block.Table is null ? null : catalog.Table(block.Table);
                if (table is null)
                {
                    problems.Add($"{at}.table: unknown table '{block.Table}' for form '{catalog.Form}'; known: {string.Join(", ", catalog.Tables.Select(t => t.Name))}");
                    break;
                }
                for (var i = 0; i < (block.Columns?.Count ?? 0); i++)
                {
                    var c = block.Columns![i].Figure;
                    if (table.IndexOf(c) < 0)
                        problems.Add($"{at}.columns[{i}]: table '{table.Name}' has no column '{c}'; known: {string.Join(", ", table.Columns.Select(x => x.Key))}");
                }
                break;
            case "chart":
                if (block.Chart is null || catalog.Chart(block.Chart) is null)
                    problems.Add($"{at}.chart: unknown chart '{block.Chart}' for form '{catalog.Form}'; known: {string.Join(", ", catalog.Charts.Select(c => c.Name))}");
                break;
            case "text":
                if (block.Text is null && block.Source != "narrative")
                    problems.Add($"{at}: a text block needs 'text' or \"source\": \"narrative\"");
                break;
            case "signature":
                if (block.Captions is not { Count: > 0 }) problems.Add($"{at}.captions: a signature block needs captions");
                break;
            default:
                problems.Add($"{at}.type '{block.Type}' is unknown; use fields, table, chart, text or signature");
                break;
        }
    }

    private static string Suggest(string given, IEnumerable<string> known)
    {
        var close = known.FirstOrDefault(k => k.Contains(given, StringComparison.OrdinalIgnoreCase)
            || given.Contains(k, StringComparison.OrdinalIgnoreCase));
        return close is null ? "" : $" (did you mean '{close}'?)";
    }
}

internal sealed record TemplateLoadResult(FormTemplate? Template, IReadOnlyList<string> Problems)
{
    public static TemplateLoadResult Ok(FormTemplate t) => new(t, []);
    public static TemplateLoadResult Fail(IReadOnlyList<string> problems) => new(null, problems);
}
