using Kyodo.Engine;
using Kyodo.Model;
using Kyodo.Publishing;
using Kyodo.Routing;
using Kyodo.Schema;

namespace Kyodo.Pipelines;

/// <summary>
/// The data of each project and indicator beside its page: /projects/&lt;id&gt;.json, .csv and .excel.csv (the
/// copy for Excel), and the same under /indicators/.
/// </summary>
public sealed class DataTwins : IPipeline
{
    // After the open-data tables are written, so this pipeline is the tables' last reader and can let them go.
    public IReadOnlyList<Type> DependsOn => [typeof(PlanIndexes), typeof(OpenData)];

    public void Execute(BuildContext context)
    {
        var urls = context.Urls;
        var projectSchema = JsonSchemas.Url(urls.SiteUrl, JsonSchemas.Project);
        var indicatorSchema = JsonSchemas.Url(urls.SiteUrl, JsonSchemas.Indicator);
        foreach (var plan in context.Site.Plans)
        {
            var prefix = context.Site.PrefixOf(plan);
            var tables = EntityTwins.ByName(OpenDataTables.Of(context, plan));
            Parallel.ForEach(plan.Projects, project =>
            {
                var (json, csv, excel) = EntityTwins.Project(tables, plan.Id, project.Id, urls.Absolute(Language.Ja, Routes.Project(prefix, project.Id)), projectSchema);
                context.Output.Add(DataLayout.Twin(prefix, Section.Projects, project.Id, "json"), json);
                context.Output.Add(DataLayout.Twin(prefix, Section.Projects, project.Id, "csv"), csv);
                context.Output.Add(DataLayout.Twin(prefix, Section.Projects, project.Id, DataLayout.ExcelExtension), excel);
            });
            Parallel.ForEach(plan.Indicators, indicator =>
            {
                var (json, csv, excel) = EntityTwins.Indicator(tables, plan.Id, indicator.Id, urls.Absolute(Language.Ja, Routes.Indicator(prefix, indicator.Id)), indicatorSchema);
                context.Output.Add(DataLayout.Twin(prefix, Section.Indicators, indicator.Id, "json"), json);
                context.Output.Add(DataLayout.Twin(prefix, Section.Indicators, indicator.Id, "csv"), csv);
                context.Output.Add(DataLayout.Twin(prefix, Section.Indicators, indicator.Id, DataLayout.ExcelExtension), excel);
            });
            OpenDataTables.Release(context, plan);
        }
    }
}
