using AngleSharp.Html.Parser;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Rendering;

/// <summary>Every page carries a Content-Security-Policy that lets only the site's own scripts and styles run.</summary>
[Collection(BuiltSitesGroup.Name)]
public sealed class ContentSecurityPolicyTests(BuiltSites sites)
{
    public static TheoryData<string> BasePaths => new() { "/", "/kyodo/" };

    /// <summary>The directive values a page may use. 'wasm-unsafe-eval' lets WebAssembly (the search index) run, not JavaScript eval.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["default-src"] = ["'self'"],
        ["script-src"] = ["'self'", "'wasm-unsafe-eval'"],
        ["style-src"] = ["'self'"],
        ["img-src"] = ["'self'", "data:"],
        ["font-src"] = ["'self'"],
        ["connect-src"] = ["'self'"],
        ["object-src"] = ["'none'"],
        ["base-uri"] = ["'none'", "'self'"],
        ["form-action"] = ["'self'"],
        ["frame-src"] = ["'none'"],
        ["worker-src"] = ["'self'"],
        ["manifest-src"] = ["'self'"],
        ["media-src"] = ["'self'"],
    };

    public static Dictionary<string, string[]> Parse(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(d => d[0], d => d[1..], StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(BasePaths))]
    public void EveryPage_HasOnePolicyFirstInHead_AllowingOnlyOwnScriptsAndStyles(string basePath)
    {
        var site = basePath == "/" ? sites.Root : sites.SubPath;
        Assert.True(site.Result.Success);
        var problems = new List<string>();
        var pages = 0;
        foreach (var file in site.Files("*.html"))
        {
            pages++;
            var doc = new HtmlParser().ParseDocument(site.Read(file));
            var metas = doc.QuerySelectorAll("meta[http-equiv]").Where(m => string.Equals(m.GetAttribute("http-equiv"), "Content-Security-Policy", StringComparison.OrdinalIgnoreCase)).ToList();
            if (metas.Count != 1)
            {
                problems.Add($"{file}: {metas.Count} CSP meta elements");
                continue;
            }
            var meta = metas[0];
            if (meta.ParentElement != doc.Head) problems.Add($"{file}: CSP meta outside head");
            // A policy applies only to what follows it: nothing that loads may come first.
            var before = doc.Head!.Children.TakeWhile(e => e != meta).Where(e => e.LocalName is not ("meta" or "title")).ToList();
            if (before.Count > 0) problems.Add($"{file}: <{before[0].LocalName}> before the CSP meta");

            var policy = Parse(meta.GetAttribute("content") ?? "");
            foreach (var required in new[] { "default-src", "script-src", "style-src", "object-src", "base-uri" })
            {
                if (!policy.ContainsKey(required)) problems.Add($"{file}: no {required}");
            }
            foreach (var (directive, values) in policy)
            {
                if (!Allowed.TryGetValue(directive, out var allowed)) problems.Add($"{file}: unexpected directive {directive}");
                else if (values.Length == 0 || values.Any(v => !allowed.Contains(v))) problems.Add($"{file}: {directive} {string.Join(' ', values)}");
            }
            foreach (var link in doc.QuerySelectorAll("link[rel~=stylesheet]"))
            {
                if (link.GetAttribute("href") is not { } href || !href.StartsWith(site.BasePath, StringComparison.Ordinal)) problems.Add($"{file}: style sheet from elsewhere");
            }
        }
        Assert.True(pages > 300);
        Assert.Empty(problems.Take(20));
        // Scripts, handlers and inline styles the policy would block are not there to begin with.
        Assert.Empty(LiveContent.Problems(site.Output, site.BasePath).Take(20));
    }
}
