using Reporting.Core.Forms;
using Reporting.Tests.Support;

namespace Reporting.Tests.Forms;

public class TemplateLoaderTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("fr-tpl-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    private string Write(string json)
    {
        var path = Path.Combine(_dir, "custom.json");
        File.WriteAllText(path, json);
        return path;
    }

    [TestCase("quarterly")]
    [TestCase("proof")]
    [TestCase("targets")]
    [TestCase("monthly")]
    public void DefaultTemplate_LoadsWithoutProblems(string form)
    {
        var result = TemplateLoader.Load(Path.Combine(RepoPaths.Templates, FormKinds.DefaultTemplateFile(form)), FormKinds.CatalogFor);

        Assert.That(result.Problems, Is.Empty);
        Assert.That(result.Template!.Form, Is.EqualTo(form));
    }

    [Test]
    public void Load_UnknownFigure_NamesWhereAndSuggestsTheKnownOne()
    {
        var path = Write("""
            { "form_id": "X", "version": "1", "form": "quarterly", "title": "T", "rule_set": "R",
              "sections": [ { "id": "a", "title": "A", "sheet": "S", "blocks": [ { "type": "fields", "fields": [ { "figure": "entrie" } ] } ] } ] }
            """);

        var result = TemplateLoader.Load(path, FormKinds.CatalogFor);

        Assert.That(result.Template, Is.Null);
        Assert.That(result.Problems, Is.EqualTo(new[]
        {
            "custom.json: sections[0].blocks[0].fields[0]: unknown figure 'entrie' for form 'quarterly' (did you mean 'entries'?)",
        }));
    }

    [Test]
    public void Load_UnknownTableColumnAndBadSheetName_ListsEveryProblem()
    {
        var path = Write("""
            { "form_id": "X", "version": "1", "form": "proof", "title": "T", "rule_set": "R",
              "sections": [ { "id": "a", "title": "A", "sheet": "Beleg/Liste", "blocks": [
                { "type": "table", "table": "vouchers", "columns": [ { "figure": "amount" }, { "figure": "vat" } ] },
                { "type": "diagram" } ] } ] }
            """);

        var result = TemplateLoader.Load(path, FormKinds.CatalogFor);

        Assert.That(result.Problems, Has.Count.EqualTo(3));
        Assert.That(result.Problems[0], Does.Contain("sheet 'Beleg/Liste' is not a valid sheet name"));
        Assert.That(result.Problems[1], Does.StartWith("custom.json: sections[0].blocks[0].columns[1]: table 'vouchers' has no column 'vat'"));
        Assert.That(result.Problems[2], Does.Contain("blocks[1].type 'diagram' is unknown"));
    }

    [Test]
    public void Load_BrokenJson_SaysWhichLine()
    {
        var path = Write("{\n  \"form_id\": \"X\",\n  \"version\": 1\n  \"form\": \"proof\"\n}");

        var result = TemplateLoader.Load(path, FormKinds.CatalogFor);

        Assert.That(result.Problems.Single(), Does.StartWith("custom.json: line "));
    }

    [Test]
    public void Load_UnknownForm_SaysWhichFormsExist()
    {
        var path = Write("""{ "form_id": "X", "version": "1", "form": "weekly", "title": "T", "rule_set": "R", "sections": [] }""");

        var result = TemplateLoader.Load(path, FormKinds.CatalogFor);

        Assert.That(result.Problems.Single(), Is.EqualTo("custom.json: form 'weekly' is unknown; use quarterly, proof, targets, monthly or mittelabruf"));
    }

    [Test]
    public void Load_MissingFile_IsAProblemNotAnException()
    {
        var result = TemplateLoader.Load(Path.Combine(_dir, "nope.json"), FormKinds.CatalogFor);

        Assert.That(result.Problems.Single(), Does.EndWith("nope.json: template file not found"));
    }
}
