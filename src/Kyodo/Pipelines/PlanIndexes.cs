using Kyodo.Engine;
using Kyodo.Model;
using Kyodo.Processing;

namespace Kyodo.Pipelines;

/// <summary>The process phase: derives each plan's views once, for every page pipeline to share.</summary>
public sealed class PlanIndexes : IPipeline
{
    public void Execute(BuildContext context)
    {
        foreach (var plan in context.Site.Plans) Of(context, plan);
    }

    public static PlanIndex Of(BuildContext context, Plan plan) =>
        context.GetOrAdd("index:" + plan.Id, () => new PlanIndex(plan));
}
