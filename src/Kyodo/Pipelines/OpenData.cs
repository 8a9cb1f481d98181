using System.Text;
using Kyodo.Engine;
using Kyodo.Localization;
using Kyodo.Model;
using Kyodo.Publishing;
using Kyodo.Routing;
using Kyodo.Schema;
using Kyodo.Theme.Pages;

namespace Kyodo.Pipelines;

/// <summary>
/// The open data: every table of each plan as CSV, JSON and an Excel copy, the plan's configuration,
/// datapackage.json, a README and a zip of it all (see <see cref="DataLayout"/> for where), the DCAT
/// catalogue, and the open-data page (/data/) with the licence, citation and schema.org JSON-LD.
/// </summary>
public sealed class OpenData : ISectionPipeline
{
    public Section Section => Section.OpenData;

    public IReadOnlyList<Type> DependsOn => [typeof(PlanIndexes)];

    public void Execute(BuildContext context)
    {
        var site = context.Site;
        var urls = context.Urls;
        var schemaFiles = JsonSchemas.All(urls.SiteUrl).Select(s => (Path: JsonSchemas.SitePath(s.Name), Bytes: JsonOutput.Bytes(s.Schema))).ToList();
        var downloads = new List<PlanDownloads>();
        var linked = new List<(DatasetInfo, string, IReadOnlyList<Distribution>)>();

        foreach (var plan in site.Plans)
        {
            var info = DatasetInfo.Of(site, plan, urls);
            var layout = info.Layout;
            var tables = OpenDataTables.Of(context, plan)
                .Select(t => new PublishedTable(t, CsvTableWriter.Canonical(t), layout.Csv(t.Spec.Name), layout.Json(t.Spec.Name),
                    layout.Excel(t.Spec.Name), JsonSchemas.Url(urls.SiteUrl, t.Spec.Name)))
                .ToList();
            var version = DatasetInfo.Version(info.Year, tables.Select(t => (layout.Relative(t.CsvPath), t.Csv)));

            // Everything of the plan's folder, by site path; the zip holds the same files under one folder.
            var files = new List<(string Path, byte[] Bytes)>();
            foreach (var t in tables)
            {
                files.Add((t.CsvPath, t.Csv));
                files.Add((t.JsonPath, JsonTableWriter.Table(t.Data, plan.Id, t.SchemaUrl)));
                files.Add((t.ExcelPath, CsvTableWriter.ExcelCopy(t.Data)));
            }
            files.Add((layout.PlanConfig, File.ReadAllBytes(Path.Combine(plan.DataDirectory, "plan.yaml"))));
            var package = JsonOutput.Bytes(DataPackageWriter.Build(info, version, tables));
            files.Add((layout.DataPackage, package));
            var readme = Encoding.UTF8.GetBytes(ReadmeWriter.Write(info, version, tables, [.. schemaFiles.Select(s => s.Path)]));
            files.Add((layout.Readme, readme));

            var zipEntries = files.Select(f => (layout.ZipRoot + layout.Relative(f.Path), (ReadOnlyMemory<byte>)f.Bytes))
                .Concat(schemaFiles.Select(s => (layout.ZipRoot + s.Path, (ReadOnlyMemory<byte>)s.Bytes)));
            var zip = DeterministicZip.Create(zipEntries);
            files.Add((layout.Zip, zip));
            foreach (var (path, bytes) in files) context.Output.Add(path, bytes);

            var distributions = new List<Distribution>
            {
                new(urls.AbsoluteAsset(layout.Zip), "application/zip", new LocalizedText("全ファイルの zip", "All files (zip)"), zip.Length, null),
                new(urls.AbsoluteAsset(layout.DataPackage), "application/json", new LocalizedText("データパッケージ（datapackage.json）", "Data package (datapackage.json)"), package.Length, DataPackageWriter.ProfileV2),
            };
            distributions.AddRange(tables.Select(t => new Distribution(urls.AbsoluteAsset(t.CsvPath), "text/csv", t.Data.Spec.Title, t.Csv.Length, urls.AbsoluteAsset(layout.DataPackage))));
            linked.Add((info, version, distributions));
            downloads.Add(new PlanDownloads(info, version, tables, zip.Length, Citation.Dataset(info, version),
                Licence.Attribution(info.Publisher, info.Title, info.LandingUrl)));
        }

        var catalog = LinkedData.Catalog(site.Config, urls.AbsoluteAsset(DataLayout.Catalog), urls.Absolute(Language.Ja, ""), linked);
        context.Output.Add(DataLayout.Catalog, JsonOutput.Bytes(catalog));
        var jsonLd = JsonOutput.ForHtmlScript(LinkedData.Page(linked.Select(l => LinkedData.Dataset(l.Item1, l.Item2, l.Item3))));

        foreach (var language in LanguageExtensions.All)
        {
            var page = PageWriter.Page(context, site.PrimaryPlan, language, DataLayout.Page, Ui.OpenData.In(language), "data",
                [PageWriter.HomeCrumb(context, site.PrimaryPlan, language)], Ui.OpenDataDescription.In(language));
            PageWriter.Write<OpenDataPage>(context, page, ("Downloads", (IReadOnlyList<PlanDownloads>)downloads), ("JsonLd", jsonLd));
        }
    }
}
