using Kyodo.Diagnostics;
using Kyodo.Loading.Rows;
using Kyodo.Model;
using Kyodo.Schema.Maps;

namespace Kyodo.Loading;

/// <summary>Where a build reads from: the data folder (site.yaml, sdgs.csv, one folder per plan) and the content folder.</summary>
public sealed record SitePaths(string Root, string Data, string Input, string Theme)
{
    public static SitePaths For(string root, string? data = null, string? input = null) => new(
        Path.GetFullPath(root),
        Path.GetFullPath(data ?? Path.Combine(root, "data")),
        Path.GetFullPath(input ?? Path.Combine(root, "input")),
        Path.GetFullPath(Path.Combine(root, "theme")));
}

/// <summary>The input phase: reads and checks everything a build needs; nothing is written.</summary>
public static class SiteLoader
{
    public static Site? Load(SitePaths paths, DiagnosticBag diagnostics, IReadOnlyList<string>? onlyPlans = null)
    {
        var files = new DataFiles(paths.Data, paths.Root, diagnostics);
        var sitePath = Path.Combine(paths.Data, "site.yaml");
        var siteText = files.ReadText(sitePath);
        var config = siteText is null ? null : SiteConfigReader.Read(siteText, files.Display(sitePath), diagnostics, paths.Data);

        var map = TableMaps.SdgGoals;
        var sdgs = new List<SdgGoal>();
        var firstLine = new Dictionary<int, int>();
        foreach (var (goal, at) in files.ReadCsv(Path.Combine(paths.Data, "sdgs.csv"), map).Rows)
        {
            if (firstLine.TryGetValue(goal.Goal, out var first))
            {
                diagnostics.Add(Messages.DuplicateKey(at.At(map.Goal.Field), $"goal={goal.Goal}", first));
                continue;
            }
            firstLine[goal.Goal] = at.Location.Line;
            if (!CellRules.IsColour(goal.Colour))
            {
                diagnostics.Add(Messages.YamlBadValue(at.At(map.Colour.Field), "colour", "「#1a5e9a」のように # と6桁の16進数で書きます", "write # and six hexadecimal digits, like #1a5e9a"));
            }
            sdgs.Add(goal);
        }

        var content = ContentLoader.Load(paths.Input, files, diagnostics);
        if (config is null)
        {
            // Without a usable site.yaml the list of plans is unknown: check every plan folder anyway, so that
            // one broken file does not hide the errors of all the others.
            foreach (var dir in Directory.Exists(paths.Data) ? Directory.GetDirectories(paths.Data).Order(StringComparer.Ordinal).ToArray() : [])
            {
                if (File.Exists(Path.Combine(dir, "plan.yaml"))) PlanLoader.Load(dir, paths.Root, sdgs, diagnostics);
            }
            return null;
        }

        var planIds = onlyPlans is { Count: > 0 } ? config.Plans.Where(onlyPlans.Contains).ToList() : config.Plans.ToList();
        foreach (var unknown in (onlyPlans ?? []).Where(p => !config.Plans.Contains(p)))
        {
            diagnostics.Add(Messages.DanglingReference(new SourceLocation(config.File), "--plan", unknown, "site.yaml plans", null));
        }

        // Plans are independent: a prefecture's or a nation's hundreds of plans load on every core. Each has its own
        // findings (PlanLoader counts the errors it added), merged afterwards; they are sorted when reported.
        var loaded = new (Plan? Plan, DiagnosticBag Findings)[planIds.Count];
        Parallel.For(0, planIds.Count, i =>
        {
            var findings = new DiagnosticBag();
            loaded[i] = (PlanLoader.Load(Path.Combine(paths.Data, planIds[i]), paths.Root, sdgs, findings), findings);
        });
        var plans = new List<Plan>();
        for (var i = 0; i < planIds.Count; i++)
        {
            var (plan, findings) = loaded[i];
            diagnostics.AddRange(findings.Sorted());
            if (plan is not null) plans.Add(plan);
        }
        if (diagnostics.HasErrors || plans.Count == 0) return null;
        return new Site(config, plans, content, sdgs);
    }
}
