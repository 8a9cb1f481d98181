using Kyodo.Model;
using Kyodo.Processing;
using Kyodo.Schema;
using Kyodo.Schema.Maps;

namespace Kyodo.Publishing;

/// <summary>
/// A plan's model written back as its tables, through the same maps that read them: loading these tables
/// reproduces the same model (the round trip is tested). Rows keep the model's order, which is the order of the
/// data folder and of the documents. The shared SDG goals and the derived tables follow.
/// </summary>
public static class PlanTables
{
    /// <summary>Every published table of a plan: the input tables, the shared SDG goals, then the derived ones.</summary>
    public static IReadOnlyList<TableData> Of(Plan plan, PlanIndex index) =>
    [
        .. Tables.All.Select(spec => Input(plan, spec)),
        Sdgs(plan.Sdgs),
        ProjectOverview(plan, index),
        Reconciliation(plan),
    ];

    public static TableData Input(Plan plan, TableSpec spec) => spec.Name switch
    {
        Tables.Sources => TableMaps.Sources.ToTable(plan.Sources),
        Tables.Policies => TableMaps.Policies.ToTable(plan.Policies),
        Tables.Measures => TableMaps.Measures.ToTable(plan.Measures),
        Tables.KeyPoints => TableMaps.KeyPoints.ToTable(plan.KeyPoints),
        Tables.Roles => TableMaps.Roles.ToTable(plan.Roles),
        Tables.Departments => TableMaps.Departments.ToTable(plan.Departments),
        Tables.Projects => TableMaps.Projects.ToTable(plan.Projects),
        Tables.ProjectYears => TableMaps.ProjectYears.ToTable(plan.Entries.Where(e => !e.IsRelisting)),
        Tables.Relistings => TableMaps.Relistings.ToTable(plan.Entries.Where(e => e.IsRelisting)),
        Tables.Lineage => TableMaps.Lineage.ToTable(plan.Lineage),
        Tables.Metrics => TableMaps.Metrics.ToTable(plan.Metrics),
        Tables.Indicators => TableMaps.Indicators.ToTable(plan.Indicators),
        Tables.IndicatorValues => TableMaps.IndicatorValues.ToTable(plan.Values),
        Tables.IndicatorTargets => TableMaps.IndicatorTargets.ToTable(plan.Targets),
        Tables.IndicatorAssessments => TableMaps.IndicatorAssessments.ToTable(plan.Assessments),
        Tables.SeriesBreaks => TableMaps.SeriesBreaks.ToTable(plan.Breaks),
        Tables.Commentary => TableMaps.Commentary.ToTable(plan.Commentary),
        Tables.Summaries => TableMaps.Summaries.ToTable(plan.Summaries),
        Tables.Partners => TableMaps.Partners.ToTable(plan.Partners),
        Tables.ProjectTargets => TableMaps.ProjectTargets.ToTable(plan.ProjectTargets),
        _ => throw new InvalidOperationException($"Table {spec.Name} is not published from the model: add it to Publishing/PlanTables.cs."),
    };

    public static TableData Sdgs(IReadOnlyList<SdgGoal> goals) => TableMaps.SdgGoals.ToTable(goals);

    public static TableData ProjectOverview(Plan plan, PlanIndex index) =>
        TableMaps.ProjectOverview.ToTable(plan.Projects.Select(p => index.StatusOf(p.Id)));

    public static TableData Reconciliation(Plan plan) => TableMaps.Reconciliation.ToTable(Processing.Reconciliation.Of(plan));
}
