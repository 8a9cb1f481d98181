using Kyodo.Audit;

namespace Kyodo.Tests.Audit;

public sealed class AuditPageTests
{
    private const string Koriyama = """<nav class="main-nav" aria-label="Main menu"><ul><li><a href="/">Home</a></li><li><a href="/measures/">M</a></li></ul></nav>""";
    private const string Nasushiobara = """<nav class="main-nav" aria-label="Main menu"><ul><li><a href="/nasushiobara/">Home</a></li></ul></nav>""";

    [Fact]
    public void Plan_ChecksTheKeyboardOnTheFirstPageOfEachKindLanguageAndMenu()
    {
        var pages = AuditPage.Plan([
            ("/projects/p002/", AuditPage.GroupOf("project", "ja", Koriyama)),
            ("/projects/p001/", AuditPage.GroupOf("project", "ja", Koriyama)),
            ("/en/projects/p001/", AuditPage.GroupOf("project", "en", Koriyama)),
            ("/nasushiobara/projects/p001/", AuditPage.GroupOf("project", "ja", Nasushiobara)),
            ("/", AuditPage.GroupOf("home", "ja", Koriyama)),
        ]);

        Assert.Equal(["/", "/en/projects/p001/", "/nasushiobara/projects/p001/", "/projects/p001/", "/projects/p002/"], pages.Select(p => p.Path));
        Assert.Equal([true, true, true, true, false], pages.Select(p => p.Keyboard));
    }

    [Fact]
    public void GroupOf_DependsOnTheMenuLinksOnly()
    {
        Assert.Equal(AuditPage.GroupOf("year", "en", "<p>a</p>" + Koriyama), AuditPage.GroupOf("year", "en", Koriyama + "<p>b</p>"));
        Assert.NotEqual(AuditPage.GroupOf("year", "en", Koriyama), AuditPage.GroupOf("year", "en", Nasushiobara));
    }
}
