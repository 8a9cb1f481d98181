using Kyodo.Engine;
using Kyodo.Model;
using Kyodo.Theme.Pages;

namespace Kyodo.Pipelines;

/// <summary>The home page of each plan, in both languages.</summary>
public sealed class HomePages : IPipeline
{
    public IReadOnlyList<Type> DependsOn => [typeof(PlanIndexes)];

    public void Execute(BuildContext context)
    {
        foreach (var plan in context.Site.Plans)
        {
            var index = PlanIndexes.Of(context, plan);
            foreach (var language in LanguageExtensions.All)
            {
                var page = PageWriter.Page(context, plan, language, context.Site.PrefixOf(plan), plan.Config.Name.In(language), "home",
                    description: context.Site.Config.Description.In(language));
                PageWriter.Write<HomePage>(context, page, ("Index", index));
            }
        }
    }
}
