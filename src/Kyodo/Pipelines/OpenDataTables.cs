using Kyodo.Schema;
using Kyodo.Engine;
using Kyodo.Model;
using Kyodo.Publishing;

namespace Kyodo.Pipelines;

/// <summary>A plan's published tables, computed once per build and shared by the pipelines that write them.</summary>
public static class OpenDataTables
{
    public static IReadOnlyList<TableData> Of(BuildContext context, Plan plan) =>
        context.GetOrAdd(Key(plan), () => PlanTables.Of(plan, PlanIndexes.Of(context, plan)));

    /// <summary>
    /// Frees a plan's tables once their last reader is done (a nation-sized build holds hundreds of megabytes of
    /// them); a later <see cref="Of"/> would compute them again.
    /// </summary>
    public static void Release(BuildContext context, Plan plan) => context.Shared.TryRemove(Key(plan), out _);

    private static string Key(Plan plan) => "opendata-tables:" + plan.Id;
}
