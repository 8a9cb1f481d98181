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

    /// <summary>The sheet as canonical CSV, columns in the order of the sheet (it passed validation when the plan loaded).</summary>
    private static string ExcelAsCsv(string path, TableSpec spec)
    {
        var table = Loading.Excel.ExcelTableReader.Read(path, path, spec, new Diagnostics.DiagnosticBag())
            ?? throw new InvalidOperationException($"{path} was readable when the plan loaded but is not now.");
        var header = table.Table.Header.Select(h => h.Value.Trim()).ToList();
        return CsvWriter.Write(header, table.Table.Records.Select(r => (IReadOnlyList<string>)r.Cells.Select(c => c.Value).ToList()));
    }

    public void Execute(BuildContext context)
    {
        var downloads = new List<(Plan, IReadOnlyList<(TableSpec, string)>)>();
        foreach (var plan in context.Site.Plans)
        {
            var files = new List<(TableSpec, string)>();
            foreach (var spec in Tables.All)
            {
                if (!plan.TableFiles.TryGetValue(spec.Name, out var source)) continue;
                var path = $"data/{plan.Id}/{spec.FileName}";
                if (source.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
                {
                    context.Output.Add(path, File.ReadAllBytes(source));
                }
                else
                {
                    // A table kept in Excel is published as CSV all the same: the open data has one format.
                    context.Output.AddText(path, ExcelAsCsv(source, spec));
                }
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
