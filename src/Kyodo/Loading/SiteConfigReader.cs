using Kyodo.Diagnostics;
using Kyodo.Loading.Rows;
using Kyodo.Loading.Yaml;
using Kyodo.Model;

namespace Kyodo.Loading;

/// <summary>Reads site.yaml: the site's title, canonical URL and the plans it publishes.</summary>
public static class SiteConfigReader
{
    public static SiteConfig? Read(string text, string file, DiagnosticBag diagnostics)
    {
        var (y, root) = YamlReader.Parse(text, file, diagnostics);
        if (root is null) return null;
        var before = diagnostics.Count;
        var title = y.Localized(root, "title");
        var description = y.Localized(root, "description", required: false) ?? LocalizedText.Empty;
        var url = y.Text(root, "site_url") ?? "";
        if (url.Length > 0 && !Uri.TryCreate(url, UriKind.Absolute, out var uri) | (uri?.Scheme is not ("http" or "https")))
        {
            diagnostics.Add(Messages.YamlBadValue(y.At(y.Node(root, "site_url")!), "site_url", "an absolute http(s) URL / http(s) で始まる URL"));
        }
        var plans = y.ScalarList(root, "plans");
        foreach (var plan in plans.Where(p => !CellRules.IsId(p)))
        {
            diagnostics.Add(Messages.BadId(y.At(y.Node(root, "plans")!), "plans", plan));
        }
        if (plans.Count == 0) diagnostics.Add(Messages.YamlMissingKey(y.At(root), "plans"));
        var publisher = y.Localized(root, "publisher", required: false) ?? LocalizedText.Empty;
        if (diagnostics.Count > before || title is null) return null;
        return new SiteConfig(title, description, url.TrimEnd('/'), plans, publisher, file);
    }
}
