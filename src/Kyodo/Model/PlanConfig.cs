namespace Kyodo.Model;

/// <summary>A level of the rating scale (達成度 4, 評価 A…): its code, label, range and colour.</summary>
public sealed record RatingLevel(string Code, LocalizedText Label, LocalizedText? Range, string Colour, int Order);

/// <summary>The plan's rating scale for project entries, declared in plan.yaml.</summary>
public sealed record RatingScale(LocalizedText Name, IReadOnlyList<RatingLevel> Levels)
{
    public RatingLevel? Find(string? code) => code is null ? null : Levels.FirstOrDefault(l => l.Code == code);
}

/// <summary>An entry category (新規, 拡充, 継続, 完了・統合 …) declared in plan.yaml.</summary>
public sealed record Category(string Code, LocalizedText Label);

/// <summary>One yearly document of the plan: an implementation plan or a report.</summary>
public sealed record Edition(int Year, string Kind, string SourceId, LocalizedText Title)
{
    public bool IsReport => Kind == "report";

    /// <summary>Line and column of the edition's source in plan.yaml, for messages about it (0 when unknown).</summary>
    public (int Line, int Column) SourcePosition { get; init; }
}

/// <summary>Names of the two levels of the plan's hierarchy (基本方針 / 基本施策, プロセス / 項目).</summary>
public sealed record HierarchyLabels(LocalizedText Policy, LocalizedText Policies, LocalizedText Measure, LocalizedText Measures);

/// <summary>How years are shown: Western only, or Western with the Japanese era beside it.</summary>
public enum YearDisplay
{
    Western,
    WesternWithEra,
}

/// <summary>Everything plan.yaml declares about a plan: names, period, hierarchy, scales and editions.</summary>
public sealed record PlanConfig(
    string Id,
    LocalizedText Name,
    LocalizedText ShortName,
    LocalizedText City,
    int StartYear,
    int EndYear,
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
    public Edition? EditionOf(int year) => Editions.FirstOrDefault(e => e.Year == year);
}

/// <summary>site.yaml: what is published and where.</summary>
public sealed record SiteConfig(
    LocalizedText Title,
    LocalizedText Description,
    string SiteUrl,
    IReadOnlyList<string> Plans,
    LocalizedText Publisher,
    string File);
