using Kyodo.Diagnostics;
using Kyodo.Loading;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Loading;

public sealed class ContentLoaderTests
{
    private static (IReadOnlyList<Kyodo.Model.ContentPage> Pages, DiagnosticBag Diagnostics) Load(string frontMatterLine)
    {
        using var temp = new TempDir();
        foreach (var lang in new[] { "ja", "en" })
        {
            temp.Write($"input/{lang}/accessibility.md", $"---\ntitle: T {lang}\n{frontMatterLine}\n---\nText.\n");
        }
        var diagnostics = new DiagnosticBag();
        var pages = ContentLoader.Load(temp.Combine("input"), new DataFiles(temp.Combine("data"), temp.Path, diagnostics), diagnostics);
        return (pages, diagnostics);
    }

    [Fact]
    public void Load_IncludeAuditResults_MarksThePageAsShowingTheAudit()
    {
        var (pages, diagnostics) = Load("include: audit-results");

        Assert.False(diagnostics.HasErrors);
        Assert.Equal(2, pages.Count);
        Assert.All(pages, p => Assert.True(p.ShowsAudit));
    }

    [Fact]
    public void Load_NoInclude_DoesNotShowTheAudit()
    {
        var (pages, _) = Load("order: 2");

        Assert.All(pages, p => Assert.False(p.ShowsAudit));
    }

    [Fact]
    public void Load_UnknownInclude_IsAFrontMatterErrorNamingTheAllowedValues()
    {
        var (pages, diagnostics) = Load("include: audit");

        Assert.Empty(pages);
        Assert.Contains(diagnostics.Sorted(), d => d.Code == "KY063" && d.MessageEn.Contains("audit-results", StringComparison.Ordinal));
    }
}
