using Kyodo.Model;

namespace Kyodo.Localization;

/// <summary>Texts of the charts: legends, axis labels, notes and the sentences that read a chart aloud.</summary>
public static partial class Ui
{
    public static readonly LocalizedText ChartValues = L("実績値", "Value");
    public static readonly LocalizedText ChartTarget = L("目標値", "Target");
    public static readonly LocalizedText ChartSupersededTarget = L("改定前の目標値", "Superseded target");
    public static readonly LocalizedText ChartOldMethod = L("変更前の方式による値", "Value on the earlier method");
    public static readonly LocalizedText ChartNoValue = L("値なし（0ではありません）", "No value (not zero)");
    public static readonly LocalizedText ChartMethodChanged = L("方式変更", "Method changed");
    public static readonly LocalizedText ChartHigherIsBetter = L("↑ 高いほどよい", "↑ Higher is better");
    public static readonly LocalizedText ChartLowerIsBetter = L("↓ 低いほどよい", "↓ Lower is better");
    public static readonly LocalizedText ChartMonitoring = L("モニタリング指標（目標値なし）", "Monitoring indicator (no target)");
    public static readonly LocalizedText ChartDownloads = L("グラフのデータ", "Chart data");
    public static readonly LocalizedText ChartDownloadCsv = L("CSV", "CSV");
    public static readonly LocalizedText ChartDownloadJson = L("JSON", "JSON");
    public static readonly LocalizedText ChartDownloadSvg = L("画像（SVG）", "Image (SVG)");
    public static readonly LocalizedText ChartDownloadPng = L("画像（PNG）", "Image (PNG)");
    public static readonly LocalizedText ChartTableCaption = L("グラフの数値", "Figures in the chart");
    public static readonly LocalizedText ChartProgress = L("最新値の進み具合", "Progress of the latest value");
    public static readonly LocalizedText ChartReason = L("理由・注記", "Reason or note");
    public static readonly LocalizedText ChartMetric = L("数値の項目", "Figure");
    public static readonly LocalizedText ChartProjectsUnit = L("事業", "projects");
    public static readonly LocalizedText ChartIndicatorsUnit = L("指標", "indicators");
    public static readonly LocalizedText ChartEntriesUnit = L("件", "entries");
    public static readonly LocalizedText ChartSdgUnknown = L("不明", "Unknown");
    public static readonly LocalizedText ChartsHeading = L("実績の概況", "Results at a glance");

    /// <summary>Short reason for a gap, written beside the empty year in the chart.</summary>
    public static LocalizedText ChartGapShort(PointState state) => state switch
    {
        PointState.NotSurveyed => L("調査なし", "not surveyed"),
        PointState.NotEvaluable => L("評価不可", "not evaluable"),
        PointState.Discontinued => L("事業終了", "discontinued"),
        _ => L("記載なし", "no figure"),
    };

    /// <summary>The reason for a gap in the table and in the text description.</summary>
    public static LocalizedText ChartGapLong(PointState state) => state switch
    {
        PointState.NotSurveyed => L("調査が行われなかった年度です（値なし）", "Not surveyed that year (no value)"),
        PointState.NotEvaluable => L("評価できない年度です（値なし）", "Not evaluable that year (no value)"),
        PointState.Discontinued => L("事業の終了により値がありません", "No value: the project behind the indicator ended"),
        _ => L("公表資料にこの年度の値の記載がありません", "The published documents give no figure for this year"),
    };

    public static LocalizedText ChartYearOf(int year) => L($"{year}年度", $"FY{year}");

    public static LocalizedText ChartTargetLabel(LocalizedText value) => L($"目標 {value.Ja}", $"Target {value.En}");

    public static LocalizedText ChartSupersededLabel(LocalizedText value, int? changedIn) => changedIn is { } y
        ? L($"旧目標 {value.Ja}（{y}年度に改定）", $"Former target {value.En} (revised FY{y})")
        : L($"旧目標 {value.Ja}", $"Former target {value.En}");

    public static LocalizedText ChartSupersededShort(LocalizedText value) => L($"旧目標 {value.Ja}", $"Former {value.En}");

    public static LocalizedText ChartBreakNote(int year, LocalizedText description) => L(
        $"{year}年度から算出方法が変わりました。グラフの線はそこで切れており、それより前の値（白抜きの点）とはそのまま比べられません。{description.Ja}",
        $"The method changed in FY{year}. The line is broken there: the earlier values (hollow points) are not directly comparable. {description.En ?? description.Ja}");

    public static LocalizedText ChartGapNote(int count) => L(
        $"値のない年度（{count} 年度）は空けてあり、0 ではありません。線もつなげていません。理由は表に示します。",
        $"Years without a value ({count}) are left empty, not drawn as zero, and the line is not joined across them. The table gives the reasons.");

    public static LocalizedText ChartRevisionNote(LocalizedText from, LocalizedText to, int targetYear, int changedIn) => L(
        $"{targetYear}年度の目標値は {changedIn}年度の文書で {from.Ja} から {to.Ja} に改められました。改定前の目標値は白抜きのひし形で示します。",
        $"The FY{targetYear} target was revised from {from.En} to {to.En} in the FY{changedIn} document. The superseded target is the hollow diamond.");

    public static LocalizedText ChartRoundingNote(int decimals) => decimals == 0
        ? L("一部の値は整数に丸めて表示しています（「≈」の付いた値）。丸める前の値は CSV・JSON にあります。",
            "Some values are shown rounded to whole numbers (marked ≈). The unrounded values are in the CSV and JSON.")
        : L($"一部の値は小数第{decimals}位までに丸めて表示しています（「≈」の付いた値）。丸める前の値は CSV・JSON にあります。",
            $"Some values are shown rounded to {decimals} decimal place{(decimals == 1 ? "" : "s")} (marked ≈). The unrounded values are in the CSV and JSON.");

    public static readonly LocalizedText ChartCumulativeNote = L("値は累計です。", "Values are running totals.");

    public static readonly LocalizedText ChartMonitoringNote = L(
        "モニタリング指標のため目標値はなく、進み具合は評価しません。",
        "A monitoring indicator: it has no target and its progress is not judged.");

    public static LocalizedText ChartIndicatorTitle(LocalizedText name) => L($"{name.Ja}の推移", $"{name.En ?? name.Ja} over the years");

    /// <summary>A value and its year, as the sentences below use them.</summary>
    public sealed record YearValue(LocalizedText Value, LocalizedText Year);

    public static LocalizedText ChartIndicatorSummary(LocalizedText name, LocalizedText years, YearValue? latest, YearValue? baseline, YearValue? target, Direction direction, bool monitoring)
    {
        var ja = $"{name.Ja}の{years.Ja}の値です。";
        var en = $"{name.En ?? name.Ja}, {years.En}.";
        if (latest is not null)
        {
            ja += $"最新は{latest.Year.Ja}の{latest.Value.Ja}" + (baseline is null ? "" : $"（策定時の{baseline.Year.Ja}は{baseline.Value.Ja}）") + "です。";
            en += $" Latest: {latest.Value.En} in {latest.Year.En}" + (baseline is null ? "" : $" (baseline: {baseline.Value.En} in {baseline.Year.En})") + ".";
        }
        if (target is not null) { ja += $"目標は{target.Year.Ja}に{target.Value.Ja}です。"; en += $" Target: {target.Value.En} by {target.Year.En}."; }
        if (monitoring) { ja += "目標値のないモニタリング指標です。"; en += " A monitoring indicator without a target."; }
        else if (direction == Direction.Increase) { ja += "値が高いほどよい指標です。"; en += " Higher is better."; }
        else { ja += "値が低いほどよい指標です。"; en += " Lower is better."; }
        return L(ja, en);
    }

    public static LocalizedText ChartProjectTitle(LocalizedText name) => L($"{name.Ja}の活動の数値", $"Activity figures of {name.En ?? name.Ja}");

    public static LocalizedText ChartProjectSummaryFirst(int shown, int figures) => L(
        $"この事業の活動の数値は {figures} 項目あり、図には最初の {shown} 項目を示します。すべての数値は、この事業のデータ（CSV・JSON）にあります。単位が項目ごとに違うため、項目ごとに別の目盛りで示します（棒は 0 から始まります）。",
        $"This project has {figures} activity figures; the chart shows the first {shown}. Every figure is in the project's data (CSV, JSON). Units differ between figures, so each has its own scale (bars start at zero).");

    public static LocalizedText ChartProjectSummary(int figures) => L(
        $"この事業の活動の数値 {figures} 項目です。単位が項目ごとに違うため、項目ごとに別の目盛りで示します（棒は 0 から始まります）。",
        $"{figures} activity figure{(figures == 1 ? "" : "s")} of this project. Units differ between figures, so each has its own scale (bars start at zero).");

    public static LocalizedText ChartAchievementTitle(LocalizedText ratingName, LocalizedText measure, int year) => L(
        $"{ratingName.Ja}の内訳（{year}年度、{measure.Ja}別）", $"{ratingName.En ?? ratingName.Ja} by {LowerCase(measure)}, FY{year}");

    public static LocalizedText ChartAchievementSummary(LocalizedText ratingName, LocalizedText measure, int year, int entries) => L(
        $"{year}年度の文書で評価された掲載 {entries} 件（再掲を含む）の{ratingName.Ja}を、{measure.Ja}ごとに数えました。事業一覧の行から数えた値です。",
        $"The {entries} entries rated in the FY{year} document (re-listings included), counted by {LowerCase(ratingName)} for each {LowerCase(measure)}, from the rows of the project tables.");

    public static LocalizedText ChartPublishedDiffers(string publishedJa, string publishedEn) => L(
        $"市の集計表の値は {publishedJa} で、行から数えた値と異なります。",
        $"The city's summary table gives {publishedEn}, which differs from the count of the rows.");

    public static LocalizedText ChartIndicatorProgressTitle(LocalizedText measure, int year) => L(
        $"指標の進捗（{year}年度、{measure.Ja}別）", $"Progress of the indicators by {LowerCase(measure)}, FY{year}");

    public static LocalizedText ChartIndicatorProgressSummary(LocalizedText measure, int year, int indicators) => L(
        $"{year}年度に市が評価した{measure.Ja}の指標 {indicators} 件を、評価（目標に近づいている・横ばい・遠ざかっている・評価不可）ごとに数えました。",
        $"The {indicators} indicators of the {LowerCase(measure)}s marked by the city for FY{year}, counted by mark (approaching the target, no change, moving away, not evaluable).");

    public static readonly LocalizedText ChartSdgTitle = L("SDGs のゴール別の事業数（年度別）", "Projects by SDG goal, year by year");

    public static LocalizedText ChartSdgSummary(string yearsJa, string yearsEn) => L(
        $"{yearsJa}の文書で、SDGs の各ゴールに関連づけられた事業の数です（再掲を除く）。",
        $"Projects linked to each SDG goal in the documents of {yearsEn} (re-listings excluded).");

    public static LocalizedText ChartSdgLostNote(int year, int count) => L(
        $"{year}年度は {count} 事業の SDGs アイコンが抽出できず、ゴールが分かりません（「不明」の行）。",
        $"In FY{year} the SDG icons of {count} projects were lost in extraction, so their goals are unknown (the \"Unknown\" row).");

    public static LocalizedText ChartMeasureLabel(LocalizedText measure, string id) => L($"{measure.Ja}{id}", $"{measure.En ?? measure.Ja} {id}");

    private static string LowerCase(LocalizedText text) => (text.En ?? text.Ja).ToLowerInvariant();

}
