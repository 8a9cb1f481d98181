using Kyodo.Charts;
using Kyodo.Charts.Data;
using Kyodo.Charts.Figures;
using Kyodo.Charts.Svg;
using Kyodo.Diagnostics;
using Kyodo.Engine;
using Kyodo.Model;

namespace Kyodo.Pipelines;

/// <summary>
/// The charts of every plan: builds each chart's specification once (pages read them through <see cref="Of"/>),
/// publishes beside each chart its drawing (SVG, and PNG drawn from it through the image cache), its Plotly figure and its data (CSV, JSON), and copies the
/// plotly.js bundle from node_modules into the site's assets.
/// </summary>
public sealed class Charts : IPipeline
{
    private const string BundleSource = "node_modules/plotly.js-basic-dist-min/plotly-basic.min.js";
    private const string LicenseSource = "node_modules/plotly.js-basic-dist-min/LICENSE";

    public IReadOnlyList<Type> DependsOn => [typeof(PlanIndexes)];

    public void Execute(BuildContext context)
    {
        CopyBundle(context);
        foreach (var plan in context.Site.Plans)
        {
            var set = Of(context, plan);
            var charts = set.All.ToList();
            var images = Images.Of(context);
            Parallel.ForEach(charts, chart =>
            {
                context.Output.AddText(ChartFiles.Csv(chart), ChartData.Csv(chart));
                context.Output.AddText(ChartFiles.Json(chart), ChartData.Json(chart));
                foreach (var language in LanguageExtensions.All)
                {
                    var svg = ChartSvg.File(set.Render(chart, language).Wide);
                    context.Output.AddText(ChartFiles.Svg(chart, language), svg);
                    if (images.Chart(svg) is { } png) context.Output.Add(ChartFiles.Png(chart, language), png);
                    context.Output.AddText(ChartFiles.Figure(chart, language), PlotlyFigures.Json(chart, language) + "\n");
                }
            });
        }
    }

    public static ChartSet Of(BuildContext context, Plan plan) =>
        context.GetOrAdd("charts:" + plan.Id, () => new ChartSet(plan, PlanIndexes.Of(context, plan), context.Site.PrefixOf(plan)));

    /// <summary>
    /// plotly.js comes from npm (pinned by package-lock.json), never from a CDN and never from the repository.
    /// Without Node steps (fast tests) the bundle is copied only if already installed; pages keep their drawings.
    /// </summary>
    private static void CopyBundle(BuildContext context)
    {
        var at = new SourceLocation("package.json");
        var root = SearchIndex.ToolRoot(context.Paths.Root);
        if (root is null)
        {
            if (context.Options.RunNodeTools) context.Diagnostics.Add(Messages.ChartBundleMissing(at, "package.json not found"));
            return;
        }
        if (context.Options.RunNodeTools)
        {
            var (ok, output) = NodeTools.EnsureInstalled(root);
            if (!ok)
            {
                context.Diagnostics.Add(Messages.ChartBundleMissing(at, output.Trim()));
                return;
            }
        }
        var bundle = Path.Combine(root, BundleSource);
        if (!File.Exists(bundle))
        {
            if (context.Options.RunNodeTools) context.Diagnostics.Add(Messages.ChartBundleMissing(at, BundleSource));
            return;
        }
        context.Output.Add(ChartFiles.Bundle, File.ReadAllBytes(bundle));
        var license = Path.Combine(root, LicenseSource);
        if (File.Exists(license)) context.Output.Add("assets/vendor/plotly-LICENSE.txt", File.ReadAllBytes(license));
    }
}
