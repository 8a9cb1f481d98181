using Kyodo.Diagnostics;
using Kyodo.Engine;
using Kyodo.Loading;
using Kyodo.Pipelines;
using Kyodo.Publishing;
using Kyodo.Routing;
using Kyodo.Schema;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Schema;

/// <summary>
/// A released schema version never changes. The schemas of the current version, generated from the table
/// definitions for the site URL of site.yaml, must equal the files committed under schema/&lt;version&gt;/.
/// To release a new version: raise SchemaVersion.Current (major for a change that breaks readers), run the
/// tests once with KYODO_WRITE_SCHEMA=1 to write schema/&lt;new version&gt;/, review and commit it.
/// </summary>
public sealed class ReleasedSchemaTests
{
    private static string SiteUrl()
    {
        var diagnostics = new DiagnosticBag();
        var site = SiteLoader.Load(Repo.Paths, diagnostics) ?? throw new InvalidOperationException("the shipped data does not load");
        return site.Config.SiteUrl;
    }

    private static string Released(string version) => Path.Combine(Repo.Root, SchemaVersion.Folder, version);

    [Fact]
    public void CurrentVersion_EqualsTheCommittedRelease()
    {
        var folder = Released(SchemaVersion.Current);
        var generated = JsonSchemas.All(SiteUrl()).ToDictionary(s => JsonSchemas.FileName(s.Name), s => JsonOutput.Bytes(s.Schema));
        if (!Directory.Exists(folder) && Environment.GetEnvironmentVariable("KYODO_WRITE_SCHEMA") == "1")
        {
            Directory.CreateDirectory(folder);
            foreach (var (name, bytes) in generated) File.WriteAllBytes(Path.Combine(folder, name), bytes);
        }
        Assert.True(Directory.Exists(folder), $"schema/{SchemaVersion.Current}/ is not committed: run the tests with KYODO_WRITE_SCHEMA=1 to write it, then commit it.");

        var committed = Directory.GetFiles(folder, "*.schema.json").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(generated.Keys.Order(StringComparer.Ordinal), committed);
        foreach (var (name, bytes) in generated)
        {
            var released = File.ReadAllBytes(Path.Combine(folder, name));
            Assert.True(released.AsSpan().SequenceEqual(bytes),
                $"schema/{SchemaVersion.Current}/{name} is released and must not change. The table definitions now give a different schema: " +
                "raise SchemaVersion.Current and add the new version (run the tests with KYODO_WRITE_SCHEMA=1), keeping the old one.");
        }
    }

    [Fact]
    public void EveryReleasedVersion_IsPublishedUnchanged()
    {
        using var temp = new TempDir();
        var old = temp.Combine(SchemaVersion.Folder, "0.9.0");
        Directory.CreateDirectory(old);
        File.WriteAllText(Path.Combine(old, "projects.schema.json"), "{\"$id\":\"old\"}\n");
        TempDir.CopyTree(Released(SchemaVersion.Current), temp.Combine(SchemaVersion.Folder, SchemaVersion.Current));
        var diagnostics = new DiagnosticBag();
        var site = SiteLoader.Load(Repo.Paths, diagnostics)!;
        var paths = Repo.Paths with { Root = temp.Path };
        using var context = new BuildContext(site, paths, new BuildOptions { OutputDirectory = temp.Combine("_site") }, new UrlBuilder("/", site.Config.SiteUrl), diagnostics);

        new SchemaFiles().Execute(context);

        Assert.Equal("{\"$id\":\"old\"}\n", System.Text.Encoding.UTF8.GetString(context.Output.Get($"{SchemaVersion.Folder}/0.9.0/projects.schema.json")!.Content.Span));
        foreach (var file in Directory.GetFiles(Released(SchemaVersion.Current)))
        {
            var published = context.Output.Get($"{SchemaVersion.Folder}/{SchemaVersion.Current}/{Path.GetFileName(file)}");
            Assert.NotNull(published);
            Assert.Equal(File.ReadAllBytes(file), published.Content.ToArray());
        }
    }
}
