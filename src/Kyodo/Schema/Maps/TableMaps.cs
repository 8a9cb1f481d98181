using Kyodo.Schema.Mapping;

namespace Kyodo.Schema.Maps;

/// <summary>Every table map of the data format: one declaration per table.</summary>
public static class TableMaps
{
    public static readonly SourcesMap Sources = new();
    public static readonly PoliciesMap Policies = new();
    public static readonly MeasuresMap Measures = new();
    public static readonly KeyPointsMap KeyPoints = new();
    public static readonly RolesMap Roles = new();
    public static readonly DepartmentsMap Departments = new();
    public static readonly ProjectsMap Projects = new();
    public static readonly ProjectYearsMap ProjectYears = new();
    public static readonly RelistingsMap Relistings = new();
    public static readonly LineageMap Lineage = new();
    public static readonly MetricsMap Metrics = new();
    public static readonly IndicatorsMap Indicators = new();
    public static readonly IndicatorValuesMap IndicatorValues = new();
    public static readonly IndicatorTargetsMap IndicatorTargets = new();
    public static readonly IndicatorAssessmentsMap IndicatorAssessments = new();
    public static readonly SeriesBreaksMap SeriesBreaks = new();
    public static readonly CommentaryMap Commentary = new();
    public static readonly SummariesMap Summaries = new();
    public static readonly PartnersMap Partners = new();
    public static readonly ProjectTargetsMap ProjectTargets = new();

    public static readonly SdgGoalsMap SdgGoals = new();
    public static readonly ProjectOverviewMap ProjectOverview = new();
    public static readonly ReconciliationMap Reconciliation = new();

    /// <summary>A plan folder's tables, in the order they are documented and published.</summary>
    public static readonly IReadOnlyList<TableMap> Plan =
    [
        Sources, Policies, Measures, KeyPoints, Roles, Departments, Projects, ProjectYears, Relistings, Lineage, Metrics,
        Indicators, IndicatorValues, IndicatorTargets, IndicatorAssessments, SeriesBreaks, Commentary, Summaries, Partners, ProjectTargets,
    ];
}
