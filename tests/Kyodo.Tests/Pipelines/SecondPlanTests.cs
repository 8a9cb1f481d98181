using AngleSharp.Html.Parser;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Pipelines;

/// <summary>
/// The second plan of data/site.yaml is published under its own prefix with every page type, beside the first
/// plan whose URLs stay where they were; a reader can move between plans from every page.
/// </summary>
[Collection(BuiltSitesGroup.Name)]
public sealed class SecondPlanTests(BuiltSites sites)
{
    private static readonly HtmlParser Parser = new();

    private static readonly string[] FirstPlanPaths =
        ["index.html", "projects/p030/index.html", "measures/1/index.html", "indicators/community-attachment/index.html", "sdgs/11/index.html", "years/2020/index.html", "data/project_years.csv"];

    private static readonly string[] ChooserPages =
        ["index.html", "projects/p030/index.html", "nasushiobara/index.html", "en/nasushiobara/years/2020/index.html", "about/index.html", "404.html"];

    public static TheoryData<string> SecondPlanPages => new()
    {
        "nasushiobara/index.html",
        "nasushiobara/measures/index.html",
        "nasushiobara/measures/3-1/index.html",
        "nasushiobara/measures/3-3/index.html",
        "nasushiobara/projects/index.html",
        "nasushiobara/projects/p001/index.html",
        "nasushiobara/projects/p016/index.html",
        "nasushiobara/years/index.html",
        "nasushiobara/years/2020/index.html",
        "nasushiobara/departments/index.html",
        "nasushiobara/departments/shimin-kyodo/index.html",
        "nasushiobara/data-notes/index.html",
        "data/nasushiobara/project_years.csv",
        "data/nasushiobara/project_targets.csv",
        "data/nasushiobara/partners.csv",
    };

    [Theory]
    [MemberData(nameof(SecondPlanPages))]
    public void SecondPlan_EveryPageType_IsPublishedInBothLanguages(string path)
    {
        Assert.True(sites.Root.Exists(path), path);
        if (path.EndsWith(".html", StringComparison.Ordinal)) Assert.True(sites.Root.Exists("en/" + path), "en/" + path);
    }

    [Fact]
    public void SecondPlan_HasAllSixteenProjectsAndNoPagesForDataItDoesNotHave()
    {
        var projects = sites.Root.Files("*.html").Where(f => f.StartsWith("nasushiobara/projects/p", StringComparison.Ordinal)).ToList();

        Assert.Equal(16, projects.Count);
        Assert.False(sites.Root.Exists("nasushiobara/sdgs/index.html"), "the document has no SDG column");
        Assert.False(sites.Root.Exists("nasushiobara/indicators/index.html"), "the plan has no indicators table");
        Assert.DoesNotContain("nasushiobara/sdgs/", sites.Root.Read("nasushiobara/projects/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void FirstPlan_KeepsItsUrls()
    {
        foreach (var path in FirstPlanPaths) Assert.True(sites.Root.Exists(path), path);
        Assert.False(sites.Root.Exists("koriyama/index.html"));
    }

    [Fact]
    public void ProjectPage_ShowsEvaluationPartnersEffectAndTargetsWithEraYears()
    {
        var ja = Parser.ParseDocument(sites.Root.Read("nasushiobara/projects/p004/index.html"));
        var en = Parser.ParseDocument(sites.Root.Read("en/nasushiobara/projects/p004/index.html"));

        var facts = ja.QuerySelector(".entry-facts")!.TextContent;
        Assert.Contains("事業の評価", facts);
        Assert.Contains("C", facts);
        Assert.Contains("⑤", facts);
        Assert.Contains("名称は出典に記載なし", facts);
        Assert.Contains("地域振興を図るための自治会事業活動への一助となった。", ja.Body!.TextContent);
        var targets = ja.QuerySelector("table.project-targets")!.TextContent;
        Assert.Contains("補助金活用自治会", targets);
        Assert.Contains("93%", targets);
        Assert.Contains("95%", targets);
        Assert.Contains("83.8%", targets);
        Assert.Contains("2015年度（平成27年度）", targets);
        Assert.Contains("2021年度（令和3年度）", targets);
        Assert.Contains("基準値より目標から遠ざかっています", targets);
        var targetsEn = en.QuerySelector("table.project-targets")!.TextContent;
        Assert.Contains("FY2020 (R2)", targetsEn);
        Assert.Contains("Residents' associations using the subsidy", targetsEn);
    }

    [Fact]
    public void QualitativeTarget_IsShownInWords()
    {
        var targets = Parser.ParseDocument(sites.Root.Read("nasushiobara/projects/p001/index.html")).QuerySelector("table.project-targets")!.TextContent;

        Assert.Contains("情報の集約・提供", targets);
        Assert.Contains("充実", targets);
        Assert.Contains("言葉で表す指標", targets);
    }

    [Fact]
    public void PlanChooser_OnEveryPage_LeadsToBothPlans()
    {
        foreach (var file in ChooserPages)
        {
            var doc = Parser.ParseDocument(sites.Root.Read(file));
            var links = doc.QuerySelectorAll("nav.plan-chooser a").Select(a => a.GetAttribute("href")).ToList();
            var english = file.StartsWith("en/", StringComparison.Ordinal);
            Assert.Equal(english ? ["/en/", "/en/nasushiobara/"] : ["/", "/nasushiobara/"], links);
        }
        var current = Parser.ParseDocument(sites.Root.Read("nasushiobara/projects/p001/index.html")).QuerySelector("nav.plan-chooser a[aria-current]");
        Assert.Equal("/nasushiobara/", current!.GetAttribute("href"));
    }

    [Fact]
    public void HowToRead_DescribesEveryPlanFromItsConfiguration()
    {
        var html = Parser.ParseDocument(sites.Root.Read("how-to-read/index.html")).QuerySelector(".plan-guides")!.TextContent;

        Assert.Contains("達成度", html);
        Assert.Contains("予定どおり実施した", html);
        Assert.Contains("事業の評価", html);
        Assert.Contains("プロセス → 項目 → 事業", html);
        Assert.Contains("出典に記載なし", html);
        Assert.Contains("令和2年度", html);
    }

    [Fact]
    public void OnePlanAlone_BuildsAsItsOwnSite()
    {
        using var site = new SiteBuild(plans: ["nasushiobara"]);

        Assert.True(site.Result.Success, string.Join("\n", site.Result.Diagnostics.Select(d => d.Format())));
        Assert.Contains("那須塩原市", site.Read("index.html"), StringComparison.Ordinal);
        Assert.True(site.Exists("projects/p016/index.html"));
        Assert.False(site.Exists("nasushiobara/index.html"));
        Assert.DoesNotContain("plan-chooser", site.Read("index.html"), StringComparison.Ordinal);
        Assert.False(site.Exists("data/koriyama/project_years.csv"));
    }
}
