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
    public void Load_AuditTrue_MarksThePageAsShowingTheAudit()
    {
        var (pages, diagnostics) = Load("audit: true");

        Assert.False(diagnostics.HasErrors);
        Assert.Equal(2, pages.Count);
        Assert.All(pages, p => Assert.True(p.ShowsAudit));
    }

    [Fact]
    public void Load_NoAuditKey_DoesNotShowTheAudit()
    {
        var (pages, _) = Load("order: 2");

        Assert.All(pages, p => Assert.False(p.ShowsAudit));
    }

    [Fact]
    public void Load_AuditNotABoolean_IsAFrontMatterError()
    {
        var (pages, diagnostics) = Load("audit: yes please");

        Assert.Empty(pages);
        Assert.Contains(diagnostics.Sorted(), d => d.Code == "KY063" && d.MessageEn.Contains("audit", StringComparison.Ordinal));
    }
}
