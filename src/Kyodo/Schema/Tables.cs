using Kyodo.Schema.Maps;

namespace Kyodo.Schema;

/// <summary>
/// The tables of a plan's data set, by name (the name is also the file name, <c>name.csv</c>). Each is declared once
/// by its map in <see cref="Maps"/>; the descriptions here (<see cref="TableSpec"/>) come from those maps.
/// </summary>
public static class Tables
{
    public const string Sources = "sources";
    public const string Policies = "policies";
    public const string Measures = "measures";
    public const string KeyPoints = "key_points";
    public const string Roles = "roles";
    public const string Departments = "departments";
    public const string Projects = "projects";
    public const string ProjectYears = "project_years";
    public const string Relistings = "relistings";
    public const string Lineage = "lineage";
    public const string Metrics = "metrics";
    public const string Indicators = "indicators";
    public const string IndicatorValues = "indicator_values";
    public const string IndicatorTargets = "indicator_targets";
    public const string IndicatorAssessments = "indicator_assessments";
    public const string SeriesBreaks = "series_breaks";
    public const string Commentary = "commentary";
    public const string Summaries = "summaries";
    public const string Partners = "partners";
    public const string ProjectTargets = "project_targets";

    /// <summary>A plan folder's tables, in the order they are documented and published.</summary>
    public static readonly IReadOnlyList<TableSpec> All = TableMaps.Plan.Select(m => m.Spec).ToList();

    private static readonly Dictionary<string, TableSpec> ByName = All.ToDictionary(t => t.Name);

    public static TableSpec Get(string name) => ByName[name];

    /// <summary>The 17 SDG goals, shared by every plan (data/sdgs.csv).</summary>
    public static TableSpec SdgGoals => TableMaps.SdgGoals.Spec;
}

/// <summary>
/// Tables Kyodo computes from a plan and publishes beside the input tables. They are downloads only: a data
/// folder never contains them, and loading the published input tables back does not need them.
/// </summary>
public static class DerivedTables
{
    public const string ProjectOverview = "project_overview";
    public const string Reconciliation = "reconciliation";

    public static readonly IReadOnlyList<TableSpec> All = [TableMaps.ProjectOverview.Spec, TableMaps.Reconciliation.Spec];

    public static TableSpec Get(string name) => All.First(t => t.Name == name);
}
