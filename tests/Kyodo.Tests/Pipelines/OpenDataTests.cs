using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Kyodo.Diagnostics;
using Kyodo.Loading;
using Kyodo.Loading.Csv;
using Kyodo.Model;
using Kyodo.Publishing;
using Kyodo.Schema;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Pipelines;

[Collection(BuiltSitesGroup.Name)]
public sealed class OpenDataTests(BuiltSites sites)
{
    private SiteBuild Site => sites.Root;

    private string DataFolder => Path.Combine(Site.Output, "data");

    private static readonly Site Shipped = LoadShipped();

    private static Site LoadShipped()
    {
        var diagnostics = new DiagnosticBag();
        return SiteLoader.Load(Repo.Paths, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted().Select(d => d.Format())));
    }

    private static IEnumerable<TableSpec> CsvTables => JsonSchemas.PublishedTables;

    /// <summary>A data folder made only of the published files of every plan (and the repository's site.yaml).</summary>
    private string DataFromDownloads(TempDir temp)
    {
        var data = temp.Combine("data");
        Directory.CreateDirectory(data);
        File.Copy(Path.Combine(Repo.Paths.Data, "site.yaml"), Path.Combine(data, "site.yaml"));
        File.Copy(Path.Combine(DataFolder, "sdgs.csv"), Path.Combine(data, "sdgs.csv"));
        foreach (var plan in Shipped.Plans)
        {
            var layout = DataLayout.For(Shipped, plan);
            var folder = Path.Combine(data, plan.Id);
            Directory.CreateDirectory(folder);
            File.Copy(Path.Combine(Site.Output, layout.PlanConfig), Path.Combine(folder, "plan.yaml"));
            foreach (var spec in Tables.All) File.Copy(Path.Combine(Site.Output, layout.Csv(spec.Name)), Path.Combine(folder, spec.FileName));
        }
        return data;
    }

    private static Site Load(string data)
    {
        var diagnostics = new DiagnosticBag();
        var site = SiteLoader.Load(SitePaths.For(Repo.Root, data), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted().Select(d => d.Format())));
        return site!;
    }

    [Fact]
    public void PublishedCsv_LoadBackIntoTheSameModel()
    {
        using var temp = new TempDir();

        var reloaded = Load(DataFromDownloads(temp));

        Assert.Equal(Shipped.Plans.Select(p => p.Id), reloaded.Plans.Select(p => p.Id));
        for (int i = 0; i < Shipped.Plans.Count; i++) Assert.Empty(ModelComparer.Differences(Shipped.Plans[i], reloaded.Plans[i], Shipped.Plans[i].Id));
        Assert.Empty(ModelComparer.Differences(Shipped.Sdgs, reloaded.Sdgs, "sdgs"));
        Assert.True(reloaded.PrimaryPlan.Entries.Count > 200, "the comparison must cover the real data");
    }

    [Fact]
    public void RoundTripComparison_NoticesAChangedCell()
    {
        using var temp = new TempDir();
        var data = DataFromDownloads(temp);
        var file = Path.Combine(data, Shipped.PrimaryPlan.Id, "indicator_values.csv");
        var text = File.ReadAllText(file);
        var changed = text.Replace(",699,reported,", ",700,reported,", StringComparison.Ordinal);
        Assert.NotEqual(text, changed);
        File.WriteAllText(file, changed);

        var differences = ModelComparer.Differences(Shipped.PrimaryPlan, Load(data).PrimaryPlan, "plan");

        Assert.Contains(differences, d => d.Contains(".Values[", StringComparison.Ordinal) && d.Contains("699", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryCsv_IsUtf8WithoutBomWithCrlfAndTheDefinedHeader()
    {
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        foreach (var spec in CsvTables)
        {
            var bytes = File.ReadAllBytes(Path.Combine(DataFolder, spec.FileName));
            Assert.False(bytes.AsSpan().StartsWith(CsvTableWriter.Bom), spec.FileName);
            var text = strict.GetString(bytes);
            var diagnostics = new DiagnosticBag();
            var table = CsvTableReader.Read(text, spec.FileName, diagnostics);
            Assert.False(diagnostics.HasErrors, spec.FileName + ": " + string.Join("; ", diagnostics.Sorted().Select(d => d.Format())));
            Assert.Equal(spec.Fields.Select(f => f.Name), table!.Header.Select(h => h.Value));
            // Record ends are CRLF; a line end inside a cell is LF, so there is exactly one CRLF per record.
            Assert.Equal(table.Records.Count + 1, System.Text.RegularExpressions.Regex.Count(text, "\r\n"));
            Assert.DoesNotMatch("\r(?!\n)", text);
        }
    }

    [Fact]
    public void ExcelCopies_DifferFromCanonicalOnlyByTheBomAndTheFormulaMarker()
    {
        var changedCells = 0;
        foreach (var spec in CsvTables)
        {
            var canonical = File.ReadAllBytes(Path.Combine(DataFolder, spec.FileName));
            var excel = File.ReadAllBytes(Path.Combine(DataFolder, "excel", spec.FileName));
            Assert.Equal(CsvTableWriter.Bom.ToArray(), excel[..3]);
            var a = Parse(Encoding.UTF8.GetString(canonical));
            var b = Parse(Encoding.UTF8.GetString(excel[3..]));
            Assert.Equal(a.Header.Select(h => h.Value), b.Header.Select(h => h.Value));
            Assert.Equal(a.Records.Count, b.Records.Count);
            var differs = false;
            for (int r = 0; r < a.Records.Count; r++)
            {
                for (int c = 0; c < spec.Fields.Count; c++)
                {
                    var (x, y) = (a.Records[r].Cells[c].Value, b.Records[r].Cells[c].Value);
                    if (x == y) continue;
                    Assert.True(Formulas.WouldRun(x), $"{spec.FileName}: {x} changed without reason");
                    Assert.Equal("'" + x, y);
                    differs = true;
                    changedCells++;
                }
            }
            if (!differs) Assert.Equal(canonical, excel[3..]);
        }
        Assert.True(changedCells > 0, "the shipped data has a printed \"- %\", which the Excel copy must neutralize");
    }

    private static CsvTable Parse(string text)
    {
        var diagnostics = new DiagnosticBag();
        return CsvTableReader.Read(text, "x.csv", diagnostics) ?? throw new InvalidOperationException("unparsable");
    }

    [Fact]
    public void ExcelCopy_NeutralizesThePrintedDashOfAMissingValue()
    {
        var excel = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(DataFolder, "excel", "indicator_values.csv")));
        var canonical = File.ReadAllText(Path.Combine(DataFolder, "indicator_values.csv"));

        Assert.Contains(",\"'- %\",", excel, StringComparison.Ordinal);
        Assert.Contains(",- %,", canonical, StringComparison.Ordinal);
        Assert.DoesNotContain("'- %", canonical, StringComparison.Ordinal);
    }

    [Fact]
    public void DataPackage_OfEveryPlan_PassesTheFrictionlessChecks()
    {
        foreach (var plan in Shipped.Plans)
        {
            Assert.Empty(FrictionlessChecks.Check(Path.Combine(Site.Output, DataLayout.For(Shipped, plan).Folder)));
        }
    }

    [Fact]
    public void DataPackage_DescribesEveryCsvWithTypesUnitsKeysAndBothLanguages()
    {
        var package = JsonNode.Parse(File.ReadAllText(Path.Combine(DataFolder, "datapackage.json")))!;
        var resources = package["resources"]!.AsArray().Select(r => r!).ToDictionary(r => r["name"]!.GetValue<string>());

        Assert.Equal(CsvTables.Select(t => t.Name).Order(), resources.Keys.Order());
        Assert.Equal("tabular-data-package", package["profile"]!.GetValue<string>());
        Assert.Contains(Licence.UrlJa, package["licenses"]!.ToJsonString(), StringComparison.Ordinal);
        var values = resources["indicator_values"]!["schema"]!;
        Assert.Equal(["indicator_id", "year"], values["primaryKey"]!.AsArray().Select(k => k!.GetValue<string>()));
        Assert.Equal([""], values["missingValues"]!.AsArray().Select(k => k!.GetValue<string>()));
        var value = values["fields"]!.AsArray().First(f => f!["name"]!.GetValue<string>() == "value")!;
        Assert.Equal("number", value["type"]!.GetValue<string>());
        Assert.Contains("unit_ja", value["kyodo:unit"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Value", value["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("値", value["description"]!.GetValue<string>(), StringComparison.Ordinal);
        var achievement = resources["project_years"]!["schema"]!["fields"]!.AsArray().First(f => f!["name"]!.GetValue<string>() == "achievement")!;
        Assert.Equal(["1", "2", "3", "4"], achievement["constraints"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        var goals = resources["project_years"]!["schema"]!["fields"]!.AsArray().First(f => f!["name"]!.GetValue<string>() == "sdg_goals")!;
        Assert.Equal(("list", ";", "integer"), (goals["type"]!.GetValue<string>(), goals["delimiter"]!.GetValue<string>(), goals["itemType"]!.GetValue<string>()));
        Assert.Contains(resources["project_years"]!["schema"]!["foreignKeys"]!.AsArray(), fk => fk!["reference"]!["resource"]!.GetValue<string>() == "departments");
    }

    [Fact]
    public void FrictionlessChecks_ReportBrokenKeysTypesAndDescriptors()
    {
        using var temp = new TempDir();
        TempDir.CopyTree(DataFolder, temp.Path);
        var measures = Path.Combine(temp.Path, "measures.csv");
        File.WriteAllText(measures, File.ReadAllText(measures).Replace("\r\n1,1,1,", "\r\n1,1,x,", StringComparison.Ordinal));
        var package = JsonNode.Parse(File.ReadAllText(Path.Combine(temp.Path, "datapackage.json")))!;
        package["resources"]![0]!["bytes"] = 1;
        File.WriteAllText(Path.Combine(temp.Path, "datapackage.json"), package.ToJsonString());
        File.WriteAllText(Path.Combine(temp.Path, "departments.csv"), File.ReadAllText(Path.Combine(temp.Path, "departments.csv")) + File.ReadAllText(Path.Combine(temp.Path, "departments.csv")).Split("\r\n")[1] + "\r\n");

        var problems = FrictionlessChecks.Check(temp.Path);

        Assert.Contains(problems, p => p.Contains("bytes", StringComparison.Ordinal));
        Assert.Empty(FrictionlessChecks.Check(DataFolder));
        package["resources"]![0]!["bytes"] = File.ReadAllBytes(Path.Combine(temp.Path, package["resources"]![0]!["path"]!.GetValue<string>())).Length;
        foreach (var r in package["resources"]!.AsArray()) r!.AsObject().Remove("hash");
        foreach (var r in package["resources"]!.AsArray()) r!.AsObject().Remove("bytes");
        File.WriteAllText(Path.Combine(temp.Path, "datapackage.json"), package.ToJsonString());
        problems = FrictionlessChecks.Check(temp.Path);
        Assert.Contains(problems, p => p.Contains("measures line 2 seq", StringComparison.Ordinal) && p.Contains("not a valid integer", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("departments: primary key", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("policies.csv")]
    [InlineData("policies.json")]
    [InlineData("sdgs.csv")]
    [InlineData("series_breaks.csv")]
    [InlineData("series_breaks.json")]
    [InlineData("key_points.csv")]
    public void SmallTables_MatchTheirGoldenFiles(string file) =>
        Golden.Assert(Path.Combine("opendata", file), File.ReadAllBytes(Path.Combine(DataFolder, file)));

    [Fact]
    public void EntityTwins_BesideEveryProjectAndIndicatorHoldItsRows()
    {
        var plan = Shipped.PrimaryPlan;
        var years = Parse(File.ReadAllText(Path.Combine(DataFolder, "project_years.csv")));
        foreach (var project in plan.Projects)
        {
            var json = JsonNode.Parse(Site.Read($"projects/{project.Id}.json"))!;
            Assert.Equal(project.Id, json["id"]!.GetValue<string>());
            Assert.Equal(project.Id, json["project"]!["id"]!.GetValue<string>());
            Assert.Equal(plan.EntriesOf(project.Id).Count(e => !e.IsRelisting), json["years"]!.AsArray().Count);
            var csv = Parse(Site.Read($"projects/{project.Id}.csv"));
            Assert.Equal(years.Header.Select(h => h.Value), csv.Header.Select(h => h.Value));
            Assert.Equal(years.Records.Where(r => r.Cells[0].Value == project.Id).Select(r => string.Join('|', r.Cells.Select(c => c.Value))),
                csv.Records.Select(r => string.Join('|', r.Cells.Select(c => c.Value))));
        }
        foreach (var indicator in plan.Indicators)
        {
            var json = JsonNode.Parse(Site.Read($"indicators/{indicator.Id}.json"))!;
            Assert.Equal(indicator.Id, json["indicator"]!["id"]!.GetValue<string>());
            Assert.Equal((plan.ValuesByIndicator.GetValueOrDefault(indicator.Id) ?? []).Count, json["values"]!.AsArray().Count);
            Assert.Equal((plan.ValuesByIndicator.GetValueOrDefault(indicator.Id) ?? []).Count, Parse(Site.Read($"indicators/{indicator.Id}.csv")).Records.Count);
        }
    }

    [Fact]
    public void Zip_HoldsTheWholeFolderReadmeAndSchemasWithFixedTimes()
    {
        var layout = DataLayout.For(Shipped, Shipped.PrimaryPlan);
        using var zip = ZipFile.OpenRead(Path.Combine(Site.Output, layout.Zip));
        var names = zip.Entries.Select(e => e.FullName).ToHashSet();

        Assert.All(names, n => Assert.StartsWith(layout.ZipRoot, n));
        Assert.All(zip.Entries, e => Assert.Equal(DeterministicZip.EntryTime.DateTime, e.LastWriteTime.DateTime));
        foreach (var name in new[] { "README.md", "datapackage.json", "plan.yaml", $"schema/{SchemaVersion.Current}/project.schema.json" }) Assert.Contains(layout.ZipRoot + name, names);
        foreach (var spec in CsvTables)
        {
            foreach (var file in new[] { spec.FileName, spec.Name + ".json", "excel/" + spec.FileName })
            {
                using var stream = zip.GetEntry(layout.ZipRoot + file)!.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                Assert.Equal(File.ReadAllBytes(Path.Combine(DataFolder, file)), copy.ToArray());
            }
        }
        using var readme = new StreamReader(zip.GetEntry(layout.ZipRoot + "README.md")!.Open());
        var text = readme.ReadToEnd();
        Assert.Contains(Licence.UrlJa, text, StringComparison.Ordinal);
        Assert.Contains("How to cite", text, StringComparison.Ordinal);
        Assert.Contains(SchemaVersion.Current, text, StringComparison.Ordinal);
        Assert.Contains("`project_years.csv`", text, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenDataPage_HasADatasetJsonLdWithLicenceAndDownloads()
    {
        foreach (var page in new[] { "data/index.html", "en/data/index.html" })
        {
            var doc = new HtmlParser().ParseDocument(Site.Read(page));
            var scripts = doc.QuerySelectorAll("script[type='application/ld+json']");
            var jsonLd = JsonNode.Parse(Assert.Single(scripts).TextContent)!;
            var dataset = jsonLd["@graph"]![0]!;
            Assert.Equal("Dataset", dataset["@type"]!.GetValue<string>());
            Assert.Equal(Licence.UrlJa, dataset["license"]!.GetValue<string>());
            Assert.Equal("2018-04-01/2026-03-31", dataset["temporalCoverage"]!.GetValue<string>());
            Assert.NotNull(dataset["spatialCoverage"]);
            Assert.Contains("ja", dataset["inLanguage"]!.AsArray().Select(l => l!.GetValue<string>()));
            var urls = dataset["distribution"]!.AsArray().Select(d => d!["contentUrl"]!.GetValue<string>()).ToList();
            Assert.Contains(urls, u => u.EndsWith(".zip", StringComparison.Ordinal));
            var site = Shipped.Config.SiteUrl.TrimEnd('/') + "/";
            Assert.All(urls, u => Assert.True(Site.Exists(u[site.Length..]), u));
            Assert.Contains(Licence.Url(page.StartsWith("en/", StringComparison.Ordinal) ? Language.En : Language.Ja), doc.QuerySelector("#licence")!.ParentElement!.InnerHtml, StringComparison.Ordinal);
            Assert.NotNull(doc.QuerySelector("p.citation"));
        }
    }

    [Fact]
    public void ProjectAndIndicatorPages_LinkTheirDataAndShowACitation()
    {
        var project = Shipped.PrimaryPlan.Projects[0].Id;
        var indicator = Shipped.PrimaryPlan.Indicators[0].Id;
        foreach (var (page, twin) in new[] { ($"projects/{project}/index.html", $"/projects/{project}"), ($"en/indicators/{indicator}/index.html", $"/indicators/{indicator}") })
        {
            var doc = new HtmlParser().ParseDocument(Site.Read(page));
            var box = doc.QuerySelector("section.cite-this")!;
            Assert.NotNull(box.QuerySelector($"a[href='{twin}.json']"));
            Assert.NotNull(box.QuerySelector($"a[href='{twin}.csv']"));
            var citation = box.QuerySelector("p.citation")!.TextContent;
            Assert.Contains(Shipped.Config.SiteUrl, citation, StringComparison.Ordinal);
            Assert.Contains(page.StartsWith("en/", StringComparison.Ordinal) ? "accessed YYYY-MM-DD" : "参照日", citation, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Catalog_IsDcatWithEveryCsvDistribution()
    {
        var catalog = JsonNode.Parse(Site.Read(DataLayout.Catalog))!;

        Assert.Equal("dcat:Catalog", catalog["@type"]!.GetValue<string>());
        var dataset = catalog["dcat:dataset"]!.AsArray()[0]!;
        Assert.Equal(Shipped.Plans.Count, catalog["dcat:dataset"]!.AsArray().Count);
        Assert.Equal(Licence.UrlJa, dataset["dct:license"]!["@id"]!.GetValue<string>());
        var downloads = dataset["dcat:distribution"]!.AsArray().Select(d => d!["dcat:downloadURL"]!["@id"]!.GetValue<string>()).ToList();
        foreach (var spec in CsvTables) Assert.Contains(downloads, d => d.EndsWith("/data/" + spec.FileName, StringComparison.Ordinal));
    }

    [Fact]
    public void Codebook_ListsEveryTableAndColumnInBothLanguages()
    {
        foreach (var page in new[] { "data/codebook/index.html", "en/data/codebook/index.html" })
        {
            var doc = new HtmlParser().ParseDocument(Site.Read(page));
            foreach (var spec in CsvTables)
            {
                var section = doc.GetElementById("t-" + spec.Name)!.ParentElement!;
                var columns = section.QuerySelectorAll("table.codebook tbody th code").Select(c => c.TextContent);
                Assert.Equal(spec.Fields.Select(f => f.Name), columns);
            }
        }
    }
}
