using Kyodo.Model;

namespace Kyodo.Localization;

/// <summary>Texts of the home page's summary of the latest report.</summary>
public static partial class Ui
{
    public static readonly LocalizedText IndicatorMarksHeading = L("指標の進み具合（市の評価）", "Indicators (the city's marks)");
    public static readonly LocalizedText SeeIndicators = L("指標の一覧を見る", "See all indicators");
    public static readonly LocalizedText SeeReport = L("この報告の事業を見る", "See this report's projects");

    public static LocalizedText IndicatorMarksNote(int marked, int unmarked) => unmarked == 0
        ? L($"{marked} 指標の評価です。", $"Marks of {marked} indicators.")
        : L($"{marked} 指標の評価です（ほかの {unmarked} 指標にはこの年度の評価がありません）。",
            $"Marks of {marked} indicators ({unmarked} more have no mark for this year).");
}
