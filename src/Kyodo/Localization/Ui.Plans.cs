using Kyodo.Model;

namespace Kyodo.Localization;

/// <summary>Interface texts for sites with several plans, partner types, project targets and plan guides.</summary>
public static partial class Ui
{
    public static readonly LocalizedText PlanChooser = L("このサイトの計画", "Plans on this site");
    public static readonly LocalizedText ProjectsBySdgGoal = L("SDGs のゴール別の事業", "Projects by SDG goal");

    public static readonly LocalizedText Partners = L("協働の相手", "Collaboration partners");
    public static readonly LocalizedText PartnerNameNotInSource = L("名称は出典に記載なし", "name not given in the source");
    public static readonly LocalizedText NoPartnersListed = L("記載なし", "None listed");

    public static readonly LocalizedText IndicatorName = L("指標", "Indicator");
    public static readonly LocalizedText Qualitative = L("言葉で表す指標", "Stated in words");
    public static readonly LocalizedText Reached = L("目標に達しています", "Target reached");
    public static readonly LocalizedText FurtherThanBaseline = L("基準値より目標から遠ざかっています", "Further from the target than at the baseline");

    /// <summary>The plan chooser's label: the city and the plan's short name, the city once when the name already holds it.</summary>
    public static LocalizedText PlanLabel(PlanConfig config) => new(
        config.ShortName.Ja.Contains(config.City.Ja, StringComparison.Ordinal) ? config.ShortName.Ja : $"{config.City.Ja} {config.ShortName.Ja}",
        config.ShortName.In(Language.En).Contains(config.City.In(Language.En), StringComparison.Ordinal) ? config.ShortName.En : $"{config.City.In(Language.En)} {config.ShortName.In(Language.En)}");

    public static LocalizedText RatedEntriesWithoutRelistings(int n) => L($"評価された掲載 {n} 件", $"{n} rated entries");

    /// <summary>"57% of the way": the share of the way from the baseline to the target.</summary>
    public static LocalizedText ShareOfTheWay(string percent) => L($"基準値から目標値までの {percent}", $"{percent} of the way from baseline to target");

    public static readonly LocalizedText ProjectTargetsMissing = L("現状値が欠けている事業の目標指標", "Project target indicators without a current value");

    // The guide to each plan on the how-to-read page, built from plan.yaml.
    public static readonly LocalizedText PlanGuides = L("計画ごとの見方", "How each plan is organised");
    public static readonly LocalizedText PlanGuidesLead = L(
        "次の内容は、各計画の設定（plan.yaml）と表から作っています。",
        "What follows is generated from each plan's configuration (plan.yaml) and tables.");
    public static readonly LocalizedText Structure = L("構成", "Structure");
    public static readonly LocalizedText RatingScale = L("評価の尺度", "Rating scale");
    public static readonly LocalizedText Code = L("コード", "Code");
    public static readonly LocalizedText Meaning = L("意味", "Meaning");
    public static readonly LocalizedText Range = L("範囲", "Range");
    public static readonly LocalizedText MeaningNotInSource = L("出典に記載なし", "not given in the source");
    public static readonly LocalizedText Categories = L("区分", "Categories");
    public static readonly LocalizedText YearsShown = L("年度の表し方", "Years");
    public static readonly LocalizedText YearsWestern = L("西暦の年度で示します（例：2020年度）。", "Fiscal years in the Western calendar (e.g. FY2020).");
    public static readonly LocalizedText YearsWithEra = L(
        "西暦の年度で示し、元の文書が和暦で書いているため和暦を併記します（例：2020年度（令和2年度））。",
        "Fiscal years in the Western calendar, with the Japanese era the documents use beside them (e.g. FY2020 (R2) = Reiwa 2).");
    public static readonly LocalizedText GoToPlan = L("この計画のホームへ", "Go to this plan's home");

    public static LocalizedText LevelsOf(HierarchyLabels h) =>
        L($"{h.Policy.Ja} → {h.Measure.Ja} → 事業", $"{h.Policy.En} → {h.Measure.En} → project");
}
