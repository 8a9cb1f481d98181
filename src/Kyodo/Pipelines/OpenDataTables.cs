using Kyodo.Engine;
using Kyodo.Model;
using Kyodo.Publishing;

namespace Kyodo.Pipelines;

/// <summary>A plan's published tables, computed once per build and shared by the pipelines that write them.</summary>
public static class OpenDataTables
{
    public static IReadOnlyList<TableData> Of(BuildContext context, Plan plan) =>
        context.GetOrAdd("opendata-tables:" + plan.Id, () => PlanTables.Of(plan, PlanIndexes.Of(context, plan)));
}
