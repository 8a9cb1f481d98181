using System.Text.Json;
using Kyodo.Diagnostics;
using Kyodo.Loading;
using Kyodo.Model;
using Kyodo.Xlsx;
using Kyodo.Schema;
using Kyodo.Schema.Maps;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Loading;

public sealed class ExcelTableReaderTests
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    [Fact]
    public void ExcelAndCsv_EveryTableOfEveryPlan_LoadIntoEqualModels()
    {
        using var temp = new TempDir();
        TempDir.CopyTree(Path.Combine(Repo.Root, "data"), temp.Combine("data"));
        var converted = 0;
        foreach (var plan in Directory.GetDirectories(temp.Combine("data"))) converted += Workbooks.ConvertPlan(plan);

        var fromCsv = Load(Repo.Paths);
        var fromExcel = Load(SitePaths.For(temp.Path, input: Repo.Paths.Input));

        Assert.True(converted > 20, $"only {converted} tables converted");
        Assert.DoesNotContain(Directory.GetFiles(temp.Combine("data"), "*.csv", SearchOption.AllDirectories), f => !f.EndsWith("sdgs.csv", StringComparison.Ordinal));
        Assert.Equal(fromCsv.Plans.Count, fromExcel.Plans.Count);
        foreach (var (csv, excel) in fromCsv.Plans.Zip(fromExcel.Plans))
        {
            Assert.Equal(Snapshot(csv), Snapshot(excel));
            Assert.All(excel.TableFiles.Values, f => Assert.EndsWith(".xlsx", f, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void BadCellInExcel_IsReportedBySheetRowAndColumn()
    {
        using var temp = new TempDir();
        TempDir.CopyTree(Path.Combine(Repo.Root, "data"), temp.Combine("data"));
        var csv = temp.Combine("data", "nasushiobara", "project_targets.csv");
        var lines = File.ReadAllLines(csv);
        // Row 4 of the sheet (the third project): a baseline year written in the Japanese era, as printed.
        lines[3] = lines[3].Replace(",2015,", ",H27,", StringComparison.Ordinal);
        File.WriteAllLines(csv, lines);
        File.WriteAllBytes(Path.ChangeExtension(csv, ".xlsx"), Workbooks.FromCsv(csv, Tables.Get(Tables.ProjectTargets)));
        File.Delete(csv);

        var diagnostics = new DiagnosticBag();
        SiteLoader.Load(SitePaths.For(temp.Path, input: Repo.Paths.Input), diagnostics);

        var error = Assert.Single(diagnostics.Sorted(), d => d.IsError);
        Assert.Equal("KY035", error.Code);
        Assert.Equal("data/nasushiobara/project_targets.xlsx", error.Location.File);
        Assert.Equal("project_targets", error.Location.Sheet);
        Assert.Equal(4, error.Location.Line);
        var column = Array.IndexOf(lines[0].Split(','), "baseline_year") + 1;
        Assert.Equal(column, error.Location.Column);
        Assert.Contains("2015", error.MessageJa);
        Assert.Equal($"data/nasushiobara/project_targets.xlsx シート「project_targets」 4行目 {SourceLocation.ColumnLetters(column)}列（baseline_year）", error.Location.ToJapanese());
        Assert.Contains("sheet project_targets, row 4, column I (baseline_year)", error.Location.ToString());
    }

    [Fact]
    public void ValueUnderNoHeader_IsReported()
    {
        using var temp = new TempDir();
        var path = temp.Combine("projects.xlsx");
        File.WriteAllBytes(path, XlsxWriter.Write([Workbooks.Sheet("projects", ["id", "note_ja", null, "note_en"], ["p001", null, "stray", null])]));

        var diagnostics = new DiagnosticBag();
        var rows = new DataFiles(temp.Path, temp.Path, diagnostics).Read(TableMaps.Projects);

        Assert.False(rows.Readable);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal("KY015", error.Code);
        Assert.Equal((2, 3), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void SheetNamedLikeTheTable_IsPreferredOverTheFirstSheet()
    {
        using var temp = new TempDir();
        var path = temp.Combine("projects.xlsx");
        File.WriteAllBytes(path, XlsxWriter.Write([
            Workbooks.Sheet("説明", ["この表の使い方"]),
            Workbooks.Sheet("projects", ["id", "note_ja"], ["p001", "メモ"], [null, null], ["p002", null]),
        ]));

        var diagnostics = new DiagnosticBag();
        var rows = new DataFiles(temp.Path, temp.Path, diagnostics).Read(TableMaps.Projects).Rows;

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(["p001", "p002"], rows.Select(r => r.Record.Id));
        Assert.Equal([2, 4], rows.Select(r => r.Origin.Location.Line));
        Assert.Equal("projects", rows[0].Origin.Location.Sheet);
    }

    [Fact]
    public void CsvAndExcelOfTheSameTable_IsAnError()
    {
        using var temp = new TempDir();
        File.WriteAllText(temp.Combine("projects.csv"), "id\np001\n");
        File.WriteAllBytes(temp.Combine("projects.xlsx"), XlsxWriter.Write([Workbooks.Sheet("projects", ["id"], ["p001"])]));

        var diagnostics = new DiagnosticBag();
        var rows = new DataFiles(temp.Path, temp.Path, diagnostics).Read(TableMaps.Projects);

        Assert.False(rows.Readable);
        Assert.Equal("KY009", Assert.Single(diagnostics.Sorted()).Code);
    }

    [Fact]
    public void NotAWorkbook_IsReportedNotThrown()
    {
        using var temp = new TempDir();
        File.WriteAllText(temp.Combine("projects.xlsx"), "id\np001\n");

        var diagnostics = new DiagnosticBag();
        var rows = new DataFiles(temp.Path, temp.Path, diagnostics).Read(TableMaps.Projects);

        Assert.False(rows.Readable);
        Assert.Equal("KY014", Assert.Single(diagnostics.Sorted()).Code);
    }

    [Fact]
    public void PlanKeptInExcel_BuildsAndPublishesItsTablesAsCsv()
    {
        using var temp = new TempDir();
        TempDir.CopyTree(Path.Combine(Repo.Root, "data"), temp.Combine("data"));
        Workbooks.ConvertPlan(temp.Combine("data", "nasushiobara"));
        var paths = new SitePaths(temp.Path, temp.Combine("data"), Repo.Paths.Input, Repo.Paths.Theme);

        using var site = new SiteBuild(paths: paths);

        Assert.True(site.Result.Success, string.Join("\n", site.Result.Diagnostics.Select(d => d.Format())));
        // Published from the model, so the same as when the plan is kept in CSV (canonical form, CRLF).
        var fromCsv = Load(Repo.Paths).Plans.Single(p => p.Id == "nasushiobara");
        var expected = Kyodo.Publishing.CsvTableWriter.Canonical(Kyodo.Publishing.PlanTables.Input(fromCsv, Tables.Get(Tables.ProjectTargets)));
        Assert.Equal(System.Text.Encoding.UTF8.GetString(expected), site.Read("data/nasushiobara/project_targets.csv"));
    }

    private static Site Load(SitePaths paths)
    {
        var diagnostics = new DiagnosticBag();
        var site = SiteLoader.Load(paths, diagnostics);
        Assert.Empty(diagnostics.Sorted().Select(d => d.Format()));
        return site!;
    }

    /// <summary>Every table of the model as JSON (lists compared by content; where a row came from left out).</summary>
    private static string Snapshot(Plan plan) => JsonSerializer.Serialize(new object[]
    {
        plan.Config with { File = "" }, plan.Sources, plan.Policies, plan.Measures, plan.KeyPoints, plan.Roles, plan.Departments,
        plan.Partners, plan.Projects, plan.Entries, plan.Lineage, plan.Metrics,
        plan.ProjectTargets, plan.Indicators, plan.Values, plan.Targets, plan.Assessments, plan.Breaks, plan.Commentary, plan.Summaries,
    }, Json);
}
