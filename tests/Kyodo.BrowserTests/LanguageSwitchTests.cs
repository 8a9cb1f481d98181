namespace Kyodo.BrowserTests;

[Collection(BrowserSiteGroup.Name)]
public sealed class LanguageSwitchTests(BrowserSite site)
{
    [Fact]
    public async Task LanguageSwitch_OnAProjectPage_OpensTheSamePageInEnglishAndBack()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/projects/p030/");

        await page.ClickAsync("a.lang-switch");

        Assert.EndsWith("/en/projects/p030/", page.Url);
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        await page.ClickAsync("a.lang-switch");
        Assert.EndsWith("/projects/p030/", page.Url);
        Assert.Equal("ja", await page.GetAttributeAsync("html", "lang"));
    }

    [Fact]
    public async Task ProjectPage_WithoutJavaScript_ShowsItsContent()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync(site.BaseUrl + "/en/projects/p030/");

        Assert.Contains("I Love Road", await page.InnerTextAsync("h1"), StringComparison.OrdinalIgnoreCase);
        Assert.True(await page.Locator("section.edition").CountAsync() >= 3);
    }
}
