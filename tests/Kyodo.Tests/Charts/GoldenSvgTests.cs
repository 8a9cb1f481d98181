using System.Xml.Linq;
using Kyodo.Charts;
using Kyodo.Charts.Svg;
using Kyodo.Model;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Charts;

/// <summary>
/// Representative charts drawn from the shipped data and compared with reviewed files. After an intended change,
/// run the tests with KYODO_UPDATE_GOLDEN=1 and review the diff of tests/Kyodo.Tests/Charts/Golden/.
/// </summary>
public sealed class GoldenSvgTests
{
    private static readonly string Folder = Path.Combine(Repo.Root, "tests", "Kyodo.Tests", "Charts", "Golden");

    public static TheoryData<string, string, string, string> Cases => new()
    {
        { "indicator-increasing", "indicator:community-attachment", "ja", "wide" },
        { "indicator-decreasing", "indicator:traffic-deaths", "ja", "wide" },
        { "indicator-revision-and-break", "indicator:collaboration-satisfaction", "ja", "wide" },
        { "indicator-revision-and-break-en-narrow", "indicator:collaboration-satisfaction", "en", "narrow" },
        { "indicator-missing-years-en", "indicator:work-life-balance", "en", "wide" },
        { "project-figures", "project:p038", "ja", "wide" },
        { "achievement-by-measure", "achievement:2020", "ja", "wide" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_MatchesTheReviewedDrawing(string name, string chart, string language, string size)
    {
        var svg = Render(chart, language, size);

        var path = Path.Combine(Folder, name + ".svg");
        if (Environment.GetEnvironmentVariable("KYODO_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllText(path, svg);
        }
        Assert.True(File.Exists(path), $"Golden file missing: {path} (run with KYODO_UPDATE_GOLDEN=1 to create it)");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), svg);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_IsAnAccessibleImageWithoutStyleAttributes(string name, string chart, string language, string size)
    {
        var root = XElement.Parse(Render(chart, language, size));
        XNamespace svg = "http://www.w3.org/2000/svg";

        Assert.Equal("img", (string?)root.Attribute("role"));
        var labelledBy = ((string?)root.Attribute("aria-labelledby"))!.Split(' ');
        var title = root.Element(svg + "title")!;
        var desc = root.Element(svg + "desc")!;
        Assert.Equal([(string)title.Attribute("id")!, (string)desc.Attribute("id")!], labelledBy);
        Assert.False(string.IsNullOrWhiteSpace(title.Value), name);
        Assert.True(desc.Value.Length > title.Value.Length, name);
        Assert.DoesNotContain(root.DescendantsAndSelf(), e => e.Attribute("style") is not null);
        Assert.DoesNotContain(root.DescendantsAndSelf(), e => e.Name.LocalName is "script" or "style" or "foreignObject");
    }

    [Fact]
    public void Render_Gaps_AreLabelledWithTheirReasonAndNotDrawnAsPoints()
    {
        var chart = IndicatorChart.Build(ShippedPlan.Koriyama, ShippedPlan.Indicator("work-life-balance"), "indicators/work-life-balance/");

        var root = XElement.Parse(ChartSvg.Render(chart, Language.Ja, SvgSize.Wide));

        Assert.Equal(chart.Reported.Count(), root.Descendants().Count(e => e.Name.LocalName == "circle" && (string?)e.Attribute("r") == "5"));
        Assert.Equal(2, root.Descendants().Count(e => e.Name.LocalName == "text" && e.Value == "調査なし"));
        Assert.Single(root.Descendants(), e => e.Name.LocalName == "text" && e.Value == "記載なし");
    }

    private static string Render(string chart, string language, string size)
    {
        var lang = language == "en" ? Language.En : Language.Ja;
        var svgSize = size == "narrow" ? SvgSize.Narrow : SvgSize.Wide;
        var plan = ShippedPlan.Koriyama;
        var (kind, id) = (chart.Split(':')[0], chart.Split(':')[1]);
        ChartSpec spec = kind switch
        {
            "indicator" => IndicatorChart.Build(plan, plan.IndicatorById[id], $"indicators/{id}/"),
            "project" => ProjectChart.Build(plan, id, ShippedPlan.Index.NameOf(id), $"projects/{id}/")!,
            "achievement" => SummaryCharts.Achievement(plan, int.Parse(id, System.Globalization.CultureInfo.InvariantCulture), "charts/achievement/")!,
            _ => throw new ArgumentException(chart),
        };
        return ChartSvg.Render(spec, lang, svgSize) + "\n";
    }
}
