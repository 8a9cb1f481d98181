using Kyodo.Engine;
using Kyodo.Publishing;
using Kyodo.Schema;

namespace Kyodo.Pipelines;

/// <summary>
/// The JSON Schemas under /schema/&lt;version&gt;/: the current version generated from the table definitions,
/// and every older released version as committed in the repository's schema/ folder, so that files that
/// point at an old version keep validating after the format moves on.
/// </summary>
public sealed class SchemaFiles : IPipeline
{
    public void Execute(BuildContext context)
    {
        foreach (var (name, schema) in JsonSchemas.All(context.Urls.SiteUrl))
        {
            context.Output.Add(JsonSchemas.SitePath(name), JsonOutput.Bytes(schema));
        }
        var released = Path.Combine(context.Paths.Root, SchemaVersion.Folder);
        if (!Directory.Exists(released)) return;
        foreach (var folder in Directory.GetDirectories(released).Order(StringComparer.Ordinal))
        {
            var version = Path.GetFileName(folder);
            if (version == SchemaVersion.Current) continue;
            foreach (var file in Directory.GetFiles(folder, "*.schema.json").Order(StringComparer.Ordinal))
            {
                context.Output.Add($"{SchemaVersion.Folder}/{version}/{Path.GetFileName(file)}", File.ReadAllBytes(file));
            }
        }
    }
}
