using System.Text.Json;
using Json.Schema;
using Kyodo.Diagnostics;
using Kyodo.Engine;
using Kyodo.Schema;
using BuildContext = Kyodo.Engine.BuildContext;

namespace Kyodo.Pipelines;

/// <summary>
/// Evaluates every JSON download that names a schema of the site ("$schema") against that schema, with
/// JsonSchema.Net, before anything is written: a file that does not match is a build error (KY082) naming the
/// file and the JSON pointer of the mismatch, never a silent publish. The tests keep ajv as a second validator.
/// </summary>
public sealed class SchemaCheck : IPipeline
{
    /// <summary>Mismatches named per file; the rest of a broken file adds nothing a reader can act on.</summary>
    private const int ReportedPerFile = 5;

    public Phase Phase => Phase.PostProcess;

    public IReadOnlyList<Type> DependsOn => [typeof(OpenData), typeof(DataTwins), typeof(SchemaFiles)];

    public void Execute(BuildContext context)
    {
        foreach (var d in Check(context.Output.Files, context.Urls.SiteUrl)) context.Diagnostics.Add(d);
    }

    /// <summary>The findings of every JSON file of <paramref name="output"/> against the schemas it holds.</summary>
    internal static IReadOnlyList<Diagnostic> Check(IReadOnlyList<OutputFile> output, string siteUrl)
    {
        var prefix = siteUrl.TrimEnd('/') + "/";
        var schemas = Build(output, prefix);
        var downloads = output
            .Where(f => f.Path.EndsWith(".json", StringComparison.Ordinal)
                && !f.Path.StartsWith(SchemaVersion.Folder + "/", StringComparison.Ordinal))
            .ToList();
        var findings = new List<Diagnostic>[downloads.Count];
        Parallel.For(0, downloads.Count, i => findings[i] = Check(downloads[i], schemas, prefix));
        return findings.SelectMany(f => f).ToList();
    }

    /// <summary>The site's schemas by their absolute URL ($id), built in one registry so their $refs resolve.</summary>
    private static Dictionary<string, JsonSchema> Build(IReadOnlyList<OutputFile> output, string prefix)
    {
        var registry = new SchemaRegistry();
        var options = new Json.Schema.BuildOptions { SchemaRegistry = registry };
        var files = output
            .Where(f => f.Path.StartsWith(SchemaVersion.Folder + "/", StringComparison.Ordinal)
                && f.Path.EndsWith(".schema.json", StringComparison.Ordinal))
            .ToList();
        // A schema that refers to others (a project's or an indicator's file) is built after the ones it names.
        var ordered = files.OrderBy(f => HasReferences(f) ? 1 : 0).ThenBy(f => f.Path, StringComparer.Ordinal);
        var schemas = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        foreach (var file in ordered)
        {
            var url = prefix + file.Path;
            using var document = JsonDocument.Parse(file.Content);
            var schema = JsonSchema.Build(document.RootElement.Clone(), options, new Uri(url));
            registry.Register(new Uri(url), schema);
            schemas[url] = schema;
        }
        return schemas;
    }

    private static bool HasReferences(OutputFile file) =>
        System.Text.Encoding.UTF8.GetString(file.Content.Span).Contains(".schema.json#", StringComparison.Ordinal);

    private static List<Diagnostic> Check(OutputFile file, Dictionary<string, JsonSchema> schemas, string prefix)
    {
        var found = new List<Diagnostic>();
        using var document = JsonDocument.Parse(file.Content);
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("$schema", out var named)
            || named.ValueKind != JsonValueKind.String
            || named.GetString() is not { } url
            || !url.StartsWith(prefix, StringComparison.Ordinal))
        {
            return found;
        }
        var at = new SourceLocation(file.Path);
        if (!schemas.TryGetValue(url, out var schema))
        {
            found.Add(Messages.DownloadSchemaMissing(at, url));
            return found;
        }
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid) return found;
        var name = url[prefix.Length..];
        foreach (var detail in Failures(result).Take(ReportedPerFile))
        {
            found.Add(Messages.DownloadBreaksSchema(at, detail.Pointer, name, detail.Message));
        }
        return found;
    }

    /// <summary>Each failed check with the place in the document it failed at.</summary>
    private static IEnumerable<(string Pointer, string Message)> Failures(EvaluationResults result)
    {
        var all = result.Details is { Count: > 0 } details ? details.Prepend(result) : [result];
        foreach (var r in all)
        {
            if (r.Errors is null) continue;
            foreach (var (keyword, message) in r.Errors.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                yield return (r.InstanceLocation.ToString(), $"{keyword}: {message}");
            }
        }
    }
}
