using Kyodo.Engine;
using Kyodo.Localization;
using Kyodo.Model;
using Kyodo.Rendering;
using Kyodo.Routing;
using Kyodo.Theme.Pages;

namespace Kyodo.Pipelines;

/// <summary>Departments (/departments/) and a page per department, surviving renames.</summary>
public sealed class DepartmentPages : ISectionPipeline
{
    public Section Section => Section.Departments;

    public IReadOnlyList<Type> DependsOn => [typeof(PlanIndexes)];

    public void Execute(BuildContext context)
    {
        foreach (var plan in context.Site.Plans)
        {
            var index = PlanIndexes.Of(context, plan);
            var prefix = context.Site.PrefixOf(plan);
            foreach (var language in LanguageExtensions.All)
            {
                var home = PageWriter.HomeCrumb(context, plan, language);
                PageWriter.Write<DepartmentIndexPage>(context, PageWriter.Page(context, plan, language, Routes.Index(prefix, Section.Departments), Ui.Departments.In(language), "departments", [home]), ("Index", index));
                foreach (var department in plan.Departments)
                {
                    var page = PageWriter.Page(context, plan, language, Routes.Department(prefix, department.Id), department.FullName.In(language), "department",
                        [home, new Crumb(Ui.Departments.In(language), Routes.Index(prefix, Section.Departments))]);
                    PageWriter.Write<DepartmentPage>(context, page, ("Index", index), ("Department", department));
                }
            }
        }
    }
}
