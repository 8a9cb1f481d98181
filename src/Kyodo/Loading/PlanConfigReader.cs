using Kyodo.Diagnostics;
using Kyodo.Loading.Rows;
using Kyodo.Loading.Yaml;
using Kyodo.Model;
using YamlDotNet.RepresentationModel;

namespace Kyodo.Loading;

/// <summary>Reads plan.yaml: the plan's names, period, hierarchy labels, rating scale, categories and editions.</summary>
public static partial class PlanConfigReader
{
    /// <summary>Reads plan.yaml; <paramref name="expectedId"/> is the plan folder's name, which the id must equal (null: not checked).</summary>
    public static PlanConfig? Read(string text, string file, DiagnosticBag diagnostics, string? expectedId = null)
    {
        var (y, root) = YamlReader.Parse(text, file, diagnostics);
        if (root is null) return null;
        var before = diagnostics.Count;

        var id = y.Text(root, "id") ?? "";
        if (id.Length > 0 && !CellRules.IsId(id)) diagnostics.Add(Messages.BadId(y.At(y.Node(root, "id")!), "id", id));
        else if (id.Length > 0 && expectedId is not null && id != expectedId)
        {
            diagnostics.Add(Messages.YamlBadValue(y.At(y.Node(root, "id")!), "id",
                $"「{id}」はフォルダ名「{expectedId}」と同じにします", $"\"{id}\" must equal the folder name \"{expectedId}\""));
        }
        var name = y.Localized(root, "name");
        var shortName = y.Localized(root, "short_name", required: false) ?? name;
        var city = y.Localized(root, "city");
        // The period is optional: some documents never state it, and a guessed period would be published as fact.
        var period = y.Map(root, "period", required: false);
        var start = period is null ? null : y.Int(period, "start");
        var end = period is null ? null : y.Int(period, "end");
        if (start is not null && end is not null && end < start)
        {
            diagnostics.Add(Messages.YamlBadValue(y.At(period!), "period", $"終わりの年度 {end} が始まりの年度 {start} より前です", $"end {end} is before start {start}"));
        }
        var goal = y.Localized(root, "basic_goal", required: false) ?? LocalizedText.Empty;
        var definition = y.Localized(root, "definition", required: false) ?? LocalizedText.Empty;
        var goalSource = y.Text(root, "goal_source", required: false);

        var levels = y.Map(root, "levels");
        HierarchyLabels? hierarchy = null;
        if (levels is not null)
        {
            var policy = y.Map(levels, "policy");
            var measure = y.Map(levels, "measure");
            if (policy is not null) y.Known(policy, "name", "plural");
            if (measure is not null) y.Known(measure, "name", "plural");
            if (policy is not null && measure is not null)
            {
                var p = y.Localized(policy, "name");
                var ps = y.Localized(policy, "plural", required: false) ?? p;
                var m = y.Localized(measure, "name");
                var ms = y.Localized(measure, "plural", required: false) ?? m;
                if (p is not null && m is not null) hierarchy = new HierarchyLabels(p, ps!, m, ms!);
            }
        }

        var ratingMap = y.Map(root, "rating");
        RatingScale? rating = null;
        if (ratingMap is not null)
        {
            var ratingName = y.Localized(ratingMap, "name");
            var levelsList = new List<RatingLevel>();
            var order = 0;
            foreach (var item in y.MapList(ratingMap, "levels"))
            {
                var code = y.Text(item, "code");
                // Optional: a document may print codes (A–E) without saying what they mean.
                var label = y.Localized(item, "label", required: false) ?? LocalizedText.Empty;
                var range = y.Localized(item, "range", required: false);
                var colour = y.Text(item, "colour");
                if (colour is not null && !ColourPattern().IsMatch(colour))
                {
                    diagnostics.Add(Messages.YamlBadValue(y.At(y.Node(item, "colour")!), "colour", $"「{colour}」ではなく「#1a5e9a」のように # と6桁の16進数で書きます", $"\"{colour}\" must be # and six hexadecimal digits, like #1a5e9a"));
                }
                if (code is not null && levelsList.Any(l => l.Code == code))
                {
                    diagnostics.Add(Messages.YamlBadValue(y.At(item), "code", $"評価のコード「{code}」が2回書かれています", $"the rating code \"{code}\" appears twice"));
                }
                if (code is not null && colour is not null) levelsList.Add(new RatingLevel(code, label, range, colour, order++));
            }
            var note = y.Localized(ratingMap, "note", required: false) ?? LocalizedText.Empty;
            if (ratingName is not null) rating = new RatingScale(ratingName, levelsList, note);
        }

        var categories = new List<Category>();
        foreach (var item in y.MapList(root, "categories", required: false))
        {
            var code = y.Text(item, "code");
            var label = y.Localized(item, "label");
            var closing = y.Text(item, "closing", required: false);
            if (closing is not null and not ("true" or "false"))
            {
                diagnostics.Add(Messages.YamlBadValue(y.At(y.Node(item, "closing")!), "closing", "true か false を書きます", "write true or false"));
            }
            if (code is not null && label is not null) categories.Add(new Category(code, label, closing == "true"));
        }

        var editions = new List<Edition>();
        foreach (var item in y.MapList(root, "editions"))
        {
            var year = y.Int(item, "year");
            var kind = y.Text(item, "kind");
            var source = y.Text(item, "source");
            var title = y.Localized(item, "title");
            var known = Schema.Maps.Codes.EditionKinds.TryParse(kind, out var editionKind);
            if (kind is not null && !known)
            {
                diagnostics.Add(Messages.YamlBadValue(y.At(y.Node(item, "kind")!), "kind",
                    $"「{kind}」ではなく plan（実施計画）か report（実施報告）を書きます", $"\"{kind}\" must be plan or report"));
            }
            if (year is not null && known && source is not null && title is not null)
            {
                var at = y.At(y.Node(item, "source")!);
                editions.Add(new Edition(year.Value, editionKind, source, title) { SourcePosition = (at.Line, at.Column) });
            }
        }

        var yearDisplay = y.Text(root, "year_display", required: false) switch
        {
            null or "western" => YearDisplay.Western,
            "western_with_era" => YearDisplay.WesternWithEra,
            var other => Invalid(y, root, diagnostics, other),
        };

        var indicatorLevels = PlanConfig.Defaults.IndicatorLevels;
        if (y.Map(root, "indicator_levels", required: false) is { } il)
        {
            var overall = y.Map(il, "overall");
            var basic = y.Map(il, "basic");
            // Every key is asked for, even when another is missing, so none is taken for an unknown key.
            if (overall is not null) y.Known(overall, "name", "plural");
            if (basic is not null) y.Known(basic, "name", "plural");
            if (overall is not null && basic is not null && y.Localized(overall, "name") is { } o && y.Localized(basic, "name") is { } b)
            {
                indicatorLevels = new IndicatorLevelLabels(o, y.Localized(overall, "plural", required: false) ?? o, b, y.Localized(basic, "plural", required: false) ?? b);
            }
        }

        var targetLabels = PlanConfig.Defaults.ProjectTargets;
        if (y.Map(root, "project_targets", required: false) is { } pt)
        {
            var d = PlanConfig.Defaults.ProjectTargets;
            targetLabels = new ProjectTargetLabels(
                y.Localized(pt, "name", required: false) ?? d.Name,
                y.Localized(pt, "baseline", required: false) ?? d.Baseline,
                y.Localized(pt, "target", required: false) ?? d.Target,
                y.Localized(pt, "current", required: false) ?? d.Current);
        }

        var failed = diagnostics.Count > before || name is null || city is null || hierarchy is null || rating is null;
        y.WarnUnknownKeys();
        if (failed || name is null || city is null || hierarchy is null || rating is null) return null;
        return new PlanConfig(id, name, shortName!, city, start, end, goal, definition, goalSource,
            hierarchy, rating, categories, editions.OrderBy(e => e.Year).ToList(), yearDisplay, file)
        {
            IndicatorLevels = indicatorLevels,
            ProjectTargets = targetLabels,
        };
    }

    [System.Text.RegularExpressions.GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial System.Text.RegularExpressions.Regex ColourPattern();

    private static YearDisplay Invalid(YamlReader y, YamlMappingNode root, DiagnosticBag diagnostics, string value)
    {
        diagnostics.Add(Messages.YamlBadValue(y.At(y.Node(root, "year_display")!), "year_display",
            $"「{value}」ではなく western か western_with_era を書きます", $"\"{value}\" must be western or western_with_era"));
        return YearDisplay.Western;
    }
}
