namespace Kyodo.Model;

/// <summary>A level of the rating scale (達成度 4, 評価 A…): its code, label, range and colour.</summary>
/// <remarks>The label is empty when the source prints only the code and never says what it means.</remarks>
public sealed record RatingLevel(string Code, LocalizedText Label, LocalizedText? Range, string Colour, int Order);

/// <summary>The plan's rating scale for project entries, declared in plan.yaml, levels in the order declared.</summary>
public sealed record RatingScale(LocalizedText Name, IReadOnlyList<RatingLevel> Levels, LocalizedText Note)
{
    public RatingLevel? Find(string? code) => code is null ? null : Levels.FirstOrDefault(l => l.Code == code);
}

/// <summary>An entry category (新規, 拡充, 継続, 完了・統合 …) declared in plan.yaml.</summary>
/// <param name="Code">The code written in project_years.csv.</param>
/// <param name="Label">The category's name as the documents print it.</param>
/// <param name="Closing">
/// An entry in this category reports the project's completion or merger: it is not counted as a current
/// project of its edition, and it marks the project as completed.
/// </param>
public sealed record Category(string Code, LocalizedText Label, bool Closing = false);

/// <summary>A yearly document: the implementation plan of the year, or the report of what was done.</summary>
public enum EditionKind
{
    Plan,
    Report,
}

/// <summary>One yearly document of the plan: an implementation plan or a report.</summary>
public sealed record Edition(int Year, EditionKind Kind, string SourceId, LocalizedText Title)
{
    public bool IsReport => Kind == EditionKind.Report;

    /// <summary>Line and column of the edition's source in plan.yaml, for messages about it (0 when unknown).</summary>
    public (int Line, int Column) SourcePosition { get; init; }
}

/// <summary>Names of the two levels of the plan's hierarchy (基本方針 / 基本施策, プロセス / 項目).</summary>
public sealed record HierarchyLabels(LocalizedText Policy, LocalizedText Policies, LocalizedText Measure, LocalizedText Measures);

/// <summary>Names of the two indicator levels (plan-wide and per measure) as the plan calls them.</summary>
public sealed record IndicatorLevelLabels(LocalizedText Overall, LocalizedText OverallPlural, LocalizedText Basic, LocalizedText BasicPlural)
{
    public LocalizedText Of(IndicatorLevel level) => level == IndicatorLevel.Overall ? Overall : Basic;

    public LocalizedText PluralOf(IndicatorLevel level) => level == IndicatorLevel.Overall ? OverallPlural : BasicPlural;
}

/// <summary>The words the plan uses for a project's target indicators and their three values.</summary>
public sealed record ProjectTargetLabels(LocalizedText Name, LocalizedText Baseline, LocalizedText Target, LocalizedText Current);

/// <summary>How years are shown: Western only, or Western with the Japanese era beside it.</summary>
public enum YearDisplay
{
    Western,
    WesternWithEra,
}

/// <summary>Everything plan.yaml declares about a plan: names, period, hierarchy, scales and editions.</summary>
/// <remarks>
/// <see cref="StartYear"/> and <see cref="EndYear"/> are null when the source documents do not state the
/// plan period; pages then leave the period out rather than guess it.
/// </remarks>
public sealed record PlanConfig(
    string Id,
    LocalizedText Name,
    LocalizedText ShortName,
    LocalizedText City,
    int? StartYear,
    int? EndYear,
    LocalizedText BasicGoal,
    LocalizedText Definition,
    string? GoalSource,
    HierarchyLabels Hierarchy,
    RatingScale Rating,
    IReadOnlyList<Category> Categories,
    IReadOnlyList<Edition> Editions,
    YearDisplay YearDisplay,
    string File)
{
    /// <summary>Names of the indicator levels (plan.yaml indicator_levels).</summary>
    public IndicatorLevelLabels IndicatorLevels { get; init; } = Defaults.IndicatorLevels;

    /// <summary>Words for project targets (plan.yaml project_targets).</summary>
    public ProjectTargetLabels ProjectTargets { get; init; } = Defaults.ProjectTargets;

    public Edition? EditionOf(int year) => Editions.FirstOrDefault(e => e.Year == year);

    /// <summary>True when <paramref name="category"/> is declared as closing (完了・統合 and the like).</summary>
    public bool IsClosing(string? category) => category is not null && Categories.Any(c => c.Code == category && c.Closing);

    /// <summary>Generic words used when a plan does not declare its own.</summary>
    public static class Defaults
    {
        public static readonly IndicatorLevelLabels IndicatorLevels = new(
            new("計画全体の指標", "Plan-wide indicator"), new("計画全体の指標", "Plan-wide indicators"),
            new("施策の指標", "Measure indicator"), new("施策の指標", "Measure indicators"));

        public static readonly ProjectTargetLabels ProjectTargets = new(
            new("目標指標", "Target indicators"), new("基準値", "Baseline"), new("目標値", "Target"), new("現状値", "Current value"));
    }
}

/// <summary>site.yaml: what is published and where.</summary>
public sealed record SiteConfig(
    LocalizedText Title,
    LocalizedText Description,
    string SiteUrl,
    IReadOnlyList<string> Plans,
    LocalizedText Publisher,
    string File);
