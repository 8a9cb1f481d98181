using Kyodo.Cli;
using Kyodo.Loading;
using Kyodo.Pipelines;
using Kyodo.Scaffolding;
using Kyodo.Schema;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Scaffolding;

public sealed class PlanScaffoldTests
{
    /// <summary>A project with only the shared files and a site.yaml that lists <paramref name="plan"/>.</summary>
    private static SitePaths EmptyProject(TempDir temp, string plan)
    {
        temp.Write("data/site.yaml", $"title:\n  ja: テスト\n  en: Test\nsite_url: https://example.org/test\nplans:\n  - {plan}\n");
        File.Copy(Path.Combine(Repo.Root, "data", "sdgs.csv"), temp.Combine("data", "sdgs.csv"));
        return new SitePaths(temp.Path, temp.Combine("data"), Repo.Paths.Input, Repo.Paths.Theme);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void New_Output_ValidatesAndBuildsAnEmptySite(bool excel)
    {
        using var temp = new TempDir();
        var paths = EmptyProject(temp, "tsukuba");

        var result = PlanScaffold.Create(paths.Data, new ScaffoldOptions("tsukuba", "つくば市", "Tsukuba City", Excel: excel));

        Assert.True(result.Success, result.ErrorEn);
        var ext = excel ? ".xlsx" : ".csv";
        Assert.All(Tables.All, t => Assert.True(File.Exists(Path.Combine(result.Directory, t.Name + ext)), t.Name));
        Assert.Contains("## 表の一覧", File.ReadAllText(Path.Combine(result.Directory, "README.md")));
        Assert.Empty(SiteBuilder.Validate(paths).Select(d => d.Format()));
        using var site = new SiteBuild(paths: paths);
        Assert.True(site.Result.Success, string.Join("\n", site.Result.Diagnostics.Select(d => d.Format())));
        Assert.Contains("つくば市", site.Read("index.html"));
        Assert.True(site.Exists("en/projects/index.html"));
        Assert.True(site.Exists("data/project_years.csv"), "the only plan is the first plan: its tables are directly under data/");
    }

    [Fact]
    public void New_EveryCsvTable_HasExactlyItsHeaderRow()
    {
        using var temp = new TempDir();

        var result = PlanScaffold.Create(temp.Path, new ScaffoldOptions("tsukuba"));

        foreach (var spec in Tables.All)
        {
            Assert.Equal(string.Join(',', spec.Fields.Select(f => f.Name)) + "\n", File.ReadAllText(Path.Combine(result.Directory, spec.FileName)));
        }
    }

    [Fact]
    public void New_EveryExcelTable_HasItsHeaderRowFrozen_AndChecksForItsCodesAndYears()
    {
        using var temp = new TempDir();

        var result = PlanScaffold.Create(temp.Path, new ScaffoldOptions("tsukuba", Excel: true));

        foreach (var spec in Tables.All)
        {
            var path = Path.Combine(result.Directory, spec.Name + ".xlsx");
            using (var reader = ExcelDataReader.ExcelReaderFactory.CreateOpenXmlReader(File.OpenRead(path)))
            {
                Assert.Equal(spec.Name, reader.Name);
                Assert.True(reader.Read());
                Assert.Equal(spec.Fields.Select(f => f.Name), Enumerable.Range(0, reader.FieldCount).Select(reader.GetString));
                Assert.False(reader.Read(), "only the header row");
            }
            using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(path, false);
            var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
            Assert.Equal("A2", sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Pane>().Single().TopLeftCell!.Value);
            var checks = sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.DataValidation>().Count();
            Assert.Equal(spec.Fields.Count(f => f.Allowed.Count > 0 || f.Type is FieldType.Year or FieldType.Integer
                                                   or FieldType.Number or FieldType.Boolean), checks);
        }
    }

    [Fact]
    public void New_ExistingPlan_IsNotOverwrittenWithoutForce()
    {
        using var temp = new TempDir();
        var folder = temp.Combine("tsukuba");
        temp.Write("tsukuba/projects.csv", "id,note_ja,note_en\np001,,\n");

        var refused = PlanScaffold.Create(temp.Path, new ScaffoldOptions("tsukuba"));

        Assert.False(refused.Success);
        Assert.Contains("--force", refused.ErrorJa);
        Assert.Equal("id,note_ja,note_en\np001,,\n", File.ReadAllText(Path.Combine(folder, "projects.csv")));
        Assert.Single(Directory.GetDirectories(temp.Path));

        var forced = PlanScaffold.Create(temp.Path, new ScaffoldOptions("tsukuba", Force: true));

        Assert.True(forced.Success);
        Assert.Equal("id,note_ja,note_en\n", File.ReadAllText(Path.Combine(folder, "projects.csv")));
        Assert.Equal([folder], Directory.GetDirectories(temp.Path));
    }

    [Fact]
    public void New_BadId_WritesNothing()
    {
        using var temp = new TempDir();

        var result = PlanScaffold.Create(temp.Path, new ScaffoldOptions("Tsukuba City"));

        Assert.False(result.Success);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void NewCommand_TellsToListThePlanInSiteYaml_WhenItIsNotListed()
    {
        using var temp = new TempDir();
        temp.Write("data/site.yaml", "title: t\nplans:\n  - other\n");
        var output = new StringWriter();

        var code = NewCommand.Run(temp.Combine("data"), new ScaffoldOptions("tsukuba"), output, new StringWriter());

        Assert.Equal(0, code);
        Assert.Contains("plans: に「- tsukuba」を加える", output.ToString());
    }
}
