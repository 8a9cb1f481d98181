using System.Globalization;
using Kyodo.Localization;
using Kyodo.Model;
using Kyodo.Routing;
using Kyodo.Schema.Maps;

namespace Kyodo.Charts;

/// <summary>Charts of a whole plan: achievement levels and indicator progress by measure, SDG goals by year.</summary>
public static class SummaryCharts
{
    public static string AchievementSlug(int year) => "achievement-" + ChartFormat.Int(year);

    public static string IndicatorProgressSlug(int year) => "indicator-progress-" + ChartFormat.Int(year);

    public const string SdgSlug = "sdg-goals";

    /// <summary>Rated entries of a year counted by level for each measure, re-listings included (as the city counts).</summary>
    public static BarChart? Achievement(Plan plan, int year, string folder)
    {
        var listed = plan.EntriesIn(year).Where(e => !plan.Config.IsClosing(e.Category)).ToList();
        if (!listed.Any(e => e.Rating is not null)) return null;
        var levels = plan.Config.Rating.Levels;
        var series = levels.Select((l, i) => new BarSeries(l.Code, l.Label.IsEmpty ? LocalizedText.Both(l.Code) : new LocalizedText($"{l.Code}: {l.Label.Ja}", $"{l.Code}: {l.Label.En ?? l.Label.Ja}"),
            l.Colour, i < (levels.Count + 1) / 2 ? BarPattern.Solid : BarPattern.Hatched, l.Code)).ToList();
        var published = plan.Summaries.Where(s => s.Year == year && s.Table == SummaryTable.Achievement && s.MeasureId is not null).ToList();
        var categories = new List<BarCategory>();
        foreach (var measure in plan.Measures)
        {
            var entries = listed.Where(e => e.MeasureId == measure.Id).ToList();
            var values = levels.Select(l => new BarValue(l.Code, entries.Count(e => e.Rating == l.Code))).ToList();
            var note = Differences(values, published.Where(s => s.MeasureId == measure.Id).ToList(), series);
            categories.Add(new BarCategory(measure.Id, Ui.ChartMeasureLabel(plan.Config.Hierarchy.Measure, measure.Id), values, note)
            {
                Detail = measure.Name,
                Href = Routes.Measure("", measure.Id),
            });
        }
        var rated = categories.Sum(c => (int)c.Total);
        return new BarChart
        {
            Folder = folder,
            Key = AchievementSlug(year),
            Title = Ui.ChartAchievementTitle(plan.Config.Rating.Name, plan.Config.Hierarchy.Measure, year),
            Summary = Ui.ChartAchievementSummary(plan.Config.Rating.Name, plan.Config.Hierarchy.Measure, year, rated),
            Layout = BarLayout.Stacked,
            Series = series,
            Panels = [new BarPanel("counts", null, Ui.ChartEntriesUnit, categories)],
            CategoryLabel = plan.Config.Hierarchy.Measure,
        };
    }

    /// <summary>Indicators of a year counted by the city's mark for each measure.</summary>
    public static BarChart? IndicatorProgress(Plan plan, int year, string folder)
    {
        var marked = plan.Indicators.Where(i => i.MeasureId is not null)
            .Select(i => (Indicator: i, Mark: plan.AssessmentsByIndicator.GetValueOrDefault(i.Id)?.FirstOrDefault(a => a.Year == year)?.Mark))
            .Where(x => x.Mark is not null).ToList();
        if (marked.Count == 0) return null;
        BarSeries[] series =
        [
            Mark(ProgressMark.Approaching, ChartPalette.Approaching, BarPattern.Solid, "↗"),
            Mark(ProgressMark.Flat, ChartPalette.Flat, BarPattern.Solid, "→"),
            Mark(ProgressMark.Receding, ChartPalette.Receding, BarPattern.Hatched, "↘"),
            Mark(ProgressMark.NotEvaluable, ChartPalette.NotEvaluable, BarPattern.Dotted, "—"),
        ];
        var published = plan.Summaries.Where(s => s.Year == year && s.Table == SummaryTable.IndicatorProgress && s.MeasureId is not null).ToList();
        var categories = new List<BarCategory>();
        foreach (var measure in plan.Measures)
        {
            var mine = marked.Where(x => x.Indicator.MeasureId == measure.Id).ToList();
            if (mine.Count == 0) continue;
            var values = series.Select(s => new BarValue(s.Key, mine.Count(x => x.Mark is { } m && Codes.ProgressMarks.Code(m) == s.Key))).ToList();
            var note = Differences(values, published.Where(s => s.MeasureId == measure.Id).ToList(), series);
            categories.Add(new BarCategory(measure.Id, Ui.ChartMeasureLabel(plan.Config.Hierarchy.Measure, measure.Id), values, note)
            {
                Detail = measure.Name,
                Href = Routes.Measure("", measure.Id),
            });
        }
        return new BarChart
        {
            Folder = folder,
            Key = IndicatorProgressSlug(year),
            Title = Ui.ChartIndicatorProgressTitle(plan.Config.Hierarchy.Measure, year),
            Summary = Ui.ChartIndicatorProgressSummary(plan.Config.Hierarchy.Measure, year, marked.Count),
            Layout = BarLayout.Stacked,
            Series = series,
            Panels = [new BarPanel("counts", null, Ui.ChartIndicatorsUnit, categories)],
            CategoryLabel = plan.Config.Hierarchy.Measure,
        };
    }

    /// <summary>Projects per SDG goal in each edition that records SDGs; a last row counts projects whose goals were lost.</summary>
    public static BarChart? SdgGoals(Plan plan, string folder)
    {
        var editions = plan.Config.Editions.Where(e => plan.EntriesIn(e.Year).Any(x => x.SdgStatus != SdgStatus.NotInDocument)).ToList();
        if (editions.Count == 0 || plan.Sdgs.Count == 0) return null;
        var display = plan.Config.YearDisplay;
        var series = editions.Select((e, i) => new BarSeries(ChartFormat.Int(e.Year), ChartFormat.Year(e.Year, display),
            ChartPalette.Sequential(i, editions.Count), BarPattern.Solid)).ToList();
        List<ProjectEntry> Primaries(Edition e) => plan.EntriesIn(e.Year).Where(x => !x.IsRelisting && !plan.Config.IsClosing(x.Category)).ToList();
        var categories = plan.Sdgs.Select(g => new BarCategory(
            g.Goal.ToString(CultureInfo.InvariantCulture),
            new LocalizedText($"{g.Goal}. {g.Name.Ja}", $"{g.Goal}. {g.Name.En ?? g.Name.Ja}"),
            editions.Select(e => new BarValue(ChartFormat.Int(e.Year), Primaries(e).Where(x => x.SdgGoals.Contains(g.Goal)).Select(x => x.ProjectId).Distinct().Count())).ToList(),
            LocalizedText.Empty) { Href = Routes.Sdg("", g.Goal) }).ToList();
        var notes = new List<LocalizedText>();
        var lost = editions.Select(e => (e.Year, Count: Primaries(e).Count(x => x.SdgStatus == SdgStatus.Lost))).ToList();
        if (lost.Any(l => l.Count > 0))
        {
            categories.Add(new BarCategory("unknown", Ui.ChartSdgUnknown,
                lost.Select(l => new BarValue(ChartFormat.Int(l.Year), l.Count)).ToList(), Ui.SdgUnknownRow));
            notes.AddRange(lost.Where(l => l.Count > 0).Select(l => Ui.ChartSdgLostNote(l.Year, l.Count)));
        }
        var years = editions.Select(e => ChartFormat.Year(e.Year, display)).ToList();
        return new BarChart
        {
            Folder = folder,
            Key = SdgSlug,
            Title = Ui.ChartSdgTitle,
            Summary = Ui.ChartSdgSummary(string.Join("・", years.Select(y => y.Ja)), string.Join(", ", years.Select(y => y.En))),
            Notes = notes,
            Layout = BarLayout.Grouped,
            Series = series,
            Panels = [new BarPanel("counts", null, Ui.ChartProjectsUnit, categories)],
            CategoryLabel = Ui.SdgGoal,
        };
    }

    /// <summary>A note when the city's published counts for a row differ from the counts of the rows.</summary>
    private static LocalizedText Differences(IReadOnlyList<BarValue> computed, IReadOnlyList<Summary> published, IReadOnlyList<BarSeries> series)
    {
        if (published.Count == 0) return LocalizedText.Empty;
        var differs = series.Any(s => published.FirstOrDefault(p => p.Key == s.Key) is { } p && computed.First(v => v.Series == s.Key).Value != p.Value);
        if (!differs) return LocalizedText.Empty;
        string Text(Language language) => string.Join(language == Language.Ja ? "、" : ", ", series.Select(s =>
            $"{s.Label.In(language)} {(published.FirstOrDefault(p => p.Key == s.Key) is { } p ? ChartFormat.Number(p.Value) : "—")}"));
        return Ui.ChartPublishedDiffers(Text(Language.Ja), Text(Language.En));
    }

    /// <summary>A series of the progress-mark chart: keyed by the mark's code, as the published summaries are.</summary>
    private static BarSeries Mark(ProgressMark mark, string colour, BarPattern pattern, string symbol) =>
        new(Codes.ProgressMarks.Code(mark), Ui.MarkLabel(mark), colour, pattern, symbol);
}
