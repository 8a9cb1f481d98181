using System.Text;
using Kyodo.Engine;
using Kyodo.Pipelines;
using Kyodo.Publishing;
using Kyodo.Schema;

namespace Kyodo.Tests.Pipelines;

/// <summary>Every JSON download is evaluated against the schema it names before the build writes anything.</summary>
public sealed class SchemaCheckTests
{
    private const string Site = "https://city.example/plan";

    private static List<OutputFile> Schemas() =>
        JsonSchemas.All(Site).Select(s => new OutputFile(JsonSchemas.SitePath(s.Name), JsonOutput.Bytes(s.Schema))).ToList();

    private static OutputFile Json(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

    private static string Url(string name) => JsonSchemas.Url(Site, name);

    [Fact]
    public void DownloadThatMatchesItsSchema_HasNoFinding()
    {
        var output = Schemas();
        output.Add(Json("data/departments.json", $$"""{"$schema": "{{Url("departments")}}", "table": "departments", "plan": "city", "rows": []}"""));

        Assert.Empty(SchemaCheck.Check(output, Site));
    }

    [Fact]
    public void DownloadThatBreaksItsSchema_IsKY082NamingTheFileAndThePointer()
    {
        var output = Schemas();
        output.Add(Json("data/departments.json",
            $$"""{"$schema": "{{Url("departments")}}", "table": "departments", "plan": "city", "rows": [{"id": 7}] }"""));

        var findings = SchemaCheck.Check(output, Site);

        Assert.NotEmpty(findings);
        Assert.All(findings, d => Assert.Equal(("KY082", "data/departments.json"), (d.Code, d.Location.File)));
        Assert.Contains(findings, d => d.MessageEn.Contains("/rows/0", StringComparison.Ordinal));
    }

    [Fact]
    public void ProjectFile_IsCheckedThroughTheTableSchemasItRefersTo()
    {
        var output = Schemas();
        output.Add(Json("projects/p001.json", $$$"""{"$schema": "{{{Url(JsonSchemas.Project)}}}", "project": {"id": 1} }"""));

        var findings = SchemaCheck.Check(output, Site);

        Assert.Contains(findings, d => d.Code == "KY082" && d.Location.File == "projects/p001.json");
    }

    [Fact]
    public void DownloadNamingASchemaTheSiteDoesNotPublish_IsKY082()
    {
        var output = Schemas();
        output.Add(Json("data/x.json", $$"""{"$schema": "{{Site}}/schema/9.9.9/x.schema.json"}"""));

        Assert.Equal("KY082", Assert.Single(SchemaCheck.Check(output, Site)).Code);
    }

    [Fact]
    public void JsonWithoutASchemaOfTheSite_IsLeftAlone()
    {
        var output = Schemas();
        output.Add(Json("charts/x/figure.json", """{"data": [], "layout": {}}"""));
        output.Add(Json("data/datapackage.json", """{"$schema": "https://specs.frictionlessdata.io/schemas/data-package.json"}"""));

        Assert.Empty(SchemaCheck.Check(output, Site));
    }
}
