using Kyodo.Engine;
using Kyodo.Localization;
using Kyodo.Model;
using Kyodo.Rendering;
using Kyodo.Schema;
using Kyodo.Theme.Pages;

namespace Kyodo.Pipelines;

/// <summary>The open-data page (/data/) and the tables of each plan as downloads under /data/&lt;plan&gt;/.</summary>
public sealed class OpenData : ISectionPipeline
{
    public string Section => SiteNavigation.OpenData;

    public void Execute(BuildContext context)
    {
        var downloads = new List<(Plan, IReadOnlyList<(TableSpec, string)>)>();
        foreach (var plan in context.Site.Plans)
        {
            var files = new List<(TableSpec, string)>();
            foreach (var spec in Tables.All)
            {
                var source = Path.Combine(plan.DataDirectory, spec.FileName);
                if (!File.Exists(source)) continue;
                var path = $"data/{plan.Id}/{spec.FileName}";
                context.Output.Add(path, File.ReadAllBytes(source));
                files.Add((spec, path));
            }
            downloads.Add((plan, files));
        }
        foreach (var language in LanguageExtensions.All)
        {
            var page = PageWriter.Page(context, context.Site.PrimaryPlan, language, "data/", Ui.OpenData.In(language), "data",
                [PageWriter.HomeCrumb(context, context.Site.PrimaryPlan, language)]);
            PageWriter.Write<OpenDataPage>(context, page, ("Downloads", (IReadOnlyList<(Plan, IReadOnlyList<(TableSpec, string)>)>)downloads));
        }
    }
}
