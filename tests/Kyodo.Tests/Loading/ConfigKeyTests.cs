using Kyodo.Diagnostics;
using Kyodo.Loading;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Loading;

/// <summary>A misspelt or unknown key of site.yaml or plan.yaml is named, with its line and the nearest known key.</summary>
public sealed class ConfigKeyTests
{
    private static string Shipped(params string[] parts) => File.ReadAllText(Path.Combine([Repo.Root, "data", .. parts]));

    [Fact]
    public void PlanYaml_MisspeltKey_WarnsWithLineAndSuggestion()
    {
        var text = Shipped("koriyama", "plan.yaml").Replace("year_display: western", "year_dispaly: western", StringComparison.Ordinal);
        var line = text.Split('\n').ToList().FindIndex(l => l.StartsWith("year_dispaly", StringComparison.Ordinal)) + 1;
        var bag = new DiagnosticBag();

        var plan = PlanConfigReader.Read(text, "data/koriyama/plan.yaml", bag, "koriyama");

        Assert.NotNull(plan);
        var d = Assert.Single(bag.Sorted());
        Assert.Equal("KY067", d.Code);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal(new SourceLocation("data/koriyama/plan.yaml", line, 1), d.Location);
        Assert.Contains("year_dispaly", d.MessageEn, StringComparison.Ordinal);
        Assert.Contains("Did you mean year_display?", d.MessageEn, StringComparison.Ordinal);
        Assert.Contains("「year_display」のことですか", d.MessageJa, StringComparison.Ordinal);
    }

    [Fact]
    public void SiteYaml_UnknownKey_WarnsWithoutAGuess()
    {
        var text = Shipped("site.yaml") + "colour_theme: dark\n";
        var bag = new DiagnosticBag();

        var site = SiteConfigReader.Read(text, "data/site.yaml", bag);

        Assert.NotNull(site);
        var d = Assert.Single(bag.Sorted());
        Assert.Equal("KY067", d.Code);
        Assert.Equal(text.Split('\n').Length - 1, d.Location.Line);
        Assert.Contains("\"colour_theme\"", d.MessageEn, StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", d.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void NestedKeys_AreCheckedToo()
    {
        var text = Shipped("site.yaml").Replace("  en: Collaboration plans", "  eng: Collaboration plans", StringComparison.Ordinal);
        var bag = new DiagnosticBag();

        SiteConfigReader.Read(text, "data/site.yaml", bag);

        var d = Assert.Single(bag.Sorted());
        Assert.Equal("KY067", d.Code);
        Assert.Contains("Did you mean en?", d.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void ShippedConfiguration_HasNoUnknownKeys()
    {
        var bag = new DiagnosticBag();
        Assert.NotNull(SiteConfigReader.Read(Shipped("site.yaml"), "data/site.yaml", bag));
        foreach (var plan in new[] { "koriyama", "nasushiobara" })
        {
            Assert.NotNull(PlanConfigReader.Read(Shipped(plan, "plan.yaml"), $"data/{plan}/plan.yaml", bag, plan));
        }
        Assert.Empty(bag.Sorted());
    }
}
