using System.Globalization;
using Kyodo.Model;
using Quickenshtein;

namespace Kyodo.Processing;

/// <summary>
/// Recomputes every summary the city published from the data's own rows and compares. Disagreements are
/// reported with the most likely reason, never corrected: the published figure stays as published.
/// </summary>
public static class Reconciliation
{
    public static IReadOnlyList<ReconciliationRow> Of(Plan plan)
    {
        var rows = new List<ReconciliationRow>();
        foreach (var s in plan.Summaries.OrderBy(s => s.Year).ThenBy(s => Code(s.Table), StringComparer.Ordinal)
                     .ThenBy(s => s.MeasureId is null ? 1 : 0).ThenBy(s => s.MeasureId, StringComparer.Ordinal).ThenBy(s => s.Key, StringComparer.Ordinal))
        {
            rows.Add(Compare(plan, s));
        }
        return rows;
    }

    private static ReconciliationRow Compare(Plan plan, Summary s)
    {
        var entries = plan.EntriesIn(s.Year).Where(e => s.MeasureId is null || e.MeasureId == s.MeasureId).ToList();
        var listed = entries.Where(e => !plan.Config.IsClosing(e.Category)).ToList();
        decimal? computed = null;
        LocalizedText? reason = null;

        switch (s.Table)
        {
            case SummaryTable.Achievement:
                computed = s.Key == "entries" ? listed.Count : listed.Count(e => e.Rating == s.Key);
                break;
            case SummaryTable.EvaluationCounts:
                computed = listed.Count(e => e.Rating == s.Key);
                break;
            case SummaryTable.IndicatorProgress:
                computed = plan.Indicators.Count(i => i.Level == IndicatorLevel.Basic && (s.MeasureId is null || i.MeasureId == s.MeasureId)
                    && plan.AssessmentsByIndicator.GetValueOrDefault(i.Id)?.FirstOrDefault(a => a.Year == s.Year)?.Mark is { } mark && Schema.Maps.Codes.ProgressMarks.Code(mark) == s.Key);
                break;
            case SummaryTable.SdgGoals:
            {
                var primaries = listed.Where(e => !e.IsRelisting).ToList();
                computed = s.Key == "total"
                    ? primaries.Sum(e => e.SdgGoals.Count)
                    : primaries.Count(e => e.SdgGoals.Contains(int.Parse(s.Key["goal-".Length..], CultureInfo.InvariantCulture)));
                var lost = primaries.Count(e => e.SdgStatus == SdgStatus.Lost);
                if (lost > 0)
                {
                    reason = new LocalizedText(
                        $"{lost} 事業の SDGs はアイコンが抽出で失われたため数えられません。",
                        $"The SDGs of {lost} projects were lost in text extraction (icons), so they cannot be counted.");
                }
                break;
            }
            case SummaryTable.ProjectCounts when s.Key == "projects":
                computed = listed.Count;
                break;
            case SummaryTable.ProjectCounts:
                reason = new LocalizedText("この年度の文書がデータにないため計算できません。", "Not computable: that year's document is not among the sources.");
                break;
            case SummaryTable.CategoryCounts:
            {
                var primaries = entries.Where(e => !e.IsRelisting).ToList();
                computed = primaries.Count(e => e.Category == s.Key);
                var relistings = listed.Count(e => e.IsRelisting);
                if (relistings > 0 && computed != s.Value && computed + relistings == s.Value
                    && plan.Config.Categories.FirstOrDefault(c => c.Code == s.Key) is { } category)
                {
                    var en = category.Label.En?.ToLowerInvariant() ?? category.Code;
                    reason = new LocalizedText(
                        $"再掲 {relistings} 件を「{category.Label.Ja}」に数えると一致します（市の表は再掲を{category.Label.Ja}に含めています）。",
                        $"Matches when the {relistings} re-listing(s) are counted as {en} (the city's table counts re-listings as {en}).");
                }
                break;
            }
            case SummaryTable.ExpandedList:
            {
                var key = Normalize(s.Key);
                var match = entries.FirstOrDefault(e => !e.IsRelisting && e.Category == "expanded" && Normalize(e.Name.Ja) == key);
                computed = match is null ? 0 : 1;
                if (match is null)
                {
                    var closest = entries.Where(e => e.Category == "expanded").MinBy(e => Levenshtein.GetDistance(Normalize(e.Name.Ja), key));
                    if (closest is not null)
                    {
                        reason = new LocalizedText(
                            $"同じ名称の拡充事業がありません。最も近いのは「{closest.Name.Ja}」です（表記の違い）。",
                            $"No expanded project has exactly this name; the closest is \"{closest.Name.Ja}\" (a spelling difference).");
                    }
                }
                break;
            }
        }

        var outcome = computed is null ? ReconciliationOutcome.NotComputable : computed == s.Value ? ReconciliationOutcome.Match : ReconciliationOutcome.Mismatch;
        reason ??= outcome switch
        {
            ReconciliationOutcome.Match => LocalizedText.Empty,
            ReconciliationOutcome.NotComputable => new LocalizedText("計算できません。", "Not computable."),
            _ => new LocalizedText(
                "市が公表した集計と、同じ文書に掲載された行から数えた値が異なります。どちらも公表どおりに残しています。",
                "The city's published count differs from the count of the rows published in the same document; both are kept as published."),
        };
        return new ReconciliationRow(s.Year, s.Table, s.MeasureId, s.Key, s.Value, s.Printed, computed, outcome, reason);
    }

    /// <summary>Summaries are listed in the order of their tables' codes, as the published table is sorted.</summary>
    private static string Code(SummaryTable table) => Schema.Maps.Codes.SummaryTables.Code(table);

    /// <summary>Width-folded, space-free form for comparing names printed in different styles (５Ｒ / ５R).</summary>
    private static string Normalize(string text) =>
        new(Matching.TextForms.ToHalfWidth(text).Where(c => !char.IsWhiteSpace(c)).ToArray());
}
