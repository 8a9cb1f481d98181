using Kyodo.Diagnostics;
using Kyodo.Loading.Rows;
using Kyodo.Loading.Yaml;
using Kyodo.Model;
using Kyodo.Schema;

namespace Kyodo.Loading;

/// <summary>Reads site.yaml: the site's title, canonical URL and the plans it publishes.</summary>
public static class SiteConfigReader
{
    /// <summary>Reads site.yaml; when <paramref name="dataDirectory"/> is given, each listed plan's folder must exist in it.</summary>
    public static SiteConfig? Read(string text, string file, DiagnosticBag diagnostics, string? dataDirectory = null)
    {
        var (y, root) = YamlReader.Parse(text, file, diagnostics);
        if (root is null) return null;
        var before = diagnostics.Count;
        var title = y.Localized(root, "title");
        var description = y.Localized(root, "description", required: false) ?? LocalizedText.Empty;
        var url = y.Text(root, "site_url") ?? "";
        if (url.Length > 0 && !SiteUrlRule.IsValid(url))
        {
            diagnostics.Add(Messages.BadSiteUrl(y.At(y.Node(root, "site_url")!), url));
        }
        var plans = y.ScalarList(root, "plans");
        if (y.Node(root, "plans", required: false) is YamlDotNet.RepresentationModel.YamlSequenceNode list)
        {
            // Each plan is a top-level folder of the site (the second and later plans are prefixed by their id).
            foreach (var item in list.Children.OfType<YamlDotNet.RepresentationModel.YamlScalarNode>())
            {
                var plan = item.Value ?? "";
                if (!CellRules.IsId(plan)) diagnostics.Add(Messages.BadId(y.At(item), "plans", plan));
                else if (ReservedNames.IsWindowsDevice(plan) || ReservedNames.IsSiteFolder(plan))
                {
                    diagnostics.Add(Messages.ReservedName(y.At(item), "計画の ID", "a plan ID", plan, ReservedNames.IsWindowsDevice(plan)));
                }
                else if (dataDirectory is not null && !Directory.Exists(Path.Combine(dataDirectory, plan)))
                {
                    diagnostics.Add(Messages.PlanFolderMissing(y.At(item), plan));
                }
            }
            if (plans.Count == 0) diagnostics.Add(Messages.YamlMissingKey(y.At(list), "plans"));
        }
        var publisher = y.Localized(root, "publisher", required: false) ?? LocalizedText.Empty;
        var failed = diagnostics.Count > before || title is null;
        y.WarnUnknownKeys();
        if (failed || title is null) return null;
        return new SiteConfig(title, description, url.TrimEnd('/'), plans, publisher, file);
    }
}
