using System.Text.Json.Nodes;
using Kyodo.Engine;
using Kyodo.Schema;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Pipelines;

/// <summary>Every JSON download validated with ajv (npm, strict, 2020-12): a validator independent of Kyodo.</summary>
[Collection(BuiltSitesGroup.Name)]
public sealed class JsonSchemaValidationTests(BuiltSites sites)
{
    private static readonly string Script = Path.Combine(Repo.Root, "tests", "Kyodo.Tests", "Tools", "validate-json.cjs");

    private static JsonNode Validate(string schemaFolder, IEnumerable<string> files, TempDir temp)
    {
        var (installed, log) = NodeTools.EnsureInstalled(Repo.Root);
        Assert.True(installed, log);
        var list = temp.Write("files.txt", string.Join("\n", files));
        var (code, output) = NodeTools.Run(Repo.Root, "node", Script, schemaFolder, list);
        Assert.True(code == 0, output);
        return JsonNode.Parse(output)!;
    }

    private IEnumerable<string> JsonDownloads()
    {
        var output = sites.Root.Output;
        return Directory.GetFiles(Path.Combine(output, "data"), "*.json", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "datapackage.json")
            .Concat(Directory.GetFiles(Path.Combine(output, "projects"), "*.json"))
            .Concat(Directory.GetFiles(Path.Combine(output, "indicators"), "*.json"))
            .Order(StringComparer.Ordinal);
    }

    private string SchemaFolder => Path.Combine(sites.Root.Output, SchemaVersion.Folder, SchemaVersion.Current);

    [Fact]
    public void EveryJsonDownload_ValidatesAgainstItsSchemaWithAjv()
    {
        using var temp = new TempDir();
        var files = JsonDownloads().ToList();

        var result = Validate(SchemaFolder, files, temp);

        Assert.Equal("[]", result["errors"]!.ToJsonString());
        Assert.Equal(JsonSchemas.All("https://x").Count, result["schemas"]!.AsArray().Count);
        Assert.Equal(files.Count, result["files"]!.GetValue<int>());
        Assert.True(files.Count > 150, $"only {files.Count} JSON files");
    }

    [Fact]
    public void Ajv_RejectsATamperedFileAndAnInvalidSchema()
    {
        using var temp = new TempDir();
        var schemas = temp.Combine("schemas");
        TempDir.CopyTree(SchemaFolder, schemas);
        var bad = JsonNode.Parse(File.ReadAllText(Path.Combine(schemas, "policies.schema.json")))!;
        bad["$id"] = "https://example.org/bad.schema.json";
        bad["type"] = "objekt";
        File.WriteAllText(Path.Combine(schemas, "bad.schema.json"), bad.ToJsonString());
        var values = JsonNode.Parse(File.ReadAllText(Path.Combine(sites.Root.Output, "data", "indicator_values.json")))!;
        values["rows"]![0]!["value"] = "699";
        values["rows"]![1]!["status"] = "unknown";
        var tampered = temp.Write("indicator_values.json", values.ToJsonString());

        var result = Validate(schemas, [tampered], temp);

        var errors = result["errors"]!.ToJsonString();
        Assert.Contains("bad.schema.json", errors, StringComparison.Ordinal);
        Assert.Contains("/rows/0/value", errors, StringComparison.Ordinal);
        Assert.Contains("/rows/1/status", errors, StringComparison.Ordinal);
    }
}
