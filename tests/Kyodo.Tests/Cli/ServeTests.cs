using Kyodo.Pipelines;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Kyodo.Cli;
using Kyodo.Engine;
using Kyodo.Tests.Corpus;

namespace Kyodo.Tests.Cli;

/// <summary>The sample built once and served by <c>kyodo serve</c>'s server on a free port.</summary>
public sealed class ServedSample : IAsyncLifetime, IDisposable
{
    private readonly Workspace _workspace = new();
    private Microsoft.AspNetCore.Builder.WebApplication? _app;

    public string Output => Path.Combine(_workspace.Root, "_site");
    public HttpClient Client { get; } = new(new HttpClientHandler { AllowAutoRedirect = false });

    public async Task InitializeAsync()
    {
        var options = new BuildOptions { OutputDirectory = Output, RunNodeTools = false };
        var result = SiteBuilder.Build(_workspace.Paths, options);
        Assert.True(result.Success);
        var port = FreePort();
        _app = StaticSite.Create(Output, "/", port);
        await _app.StartAsync();
        Client.BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }

    public void Dispose()
    {
        Client.Dispose();
        _workspace.Dispose();
    }
}

/// <summary>Issue 22.10: real HTTP requests against the running server.</summary>
public sealed partial class ServeTests(ServedSample served) : IClassFixture<ServedSample>
{
    [GeneratedRegex("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\"")]
    private static partial Regex CspMeta();

    [Theory]
    [InlineData("DELETE")]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("OPTIONS")]
    [InlineData("TRACE")]
    public async Task MethodsOtherThanGetAndHead_Are405_WithAllow(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "index.html");
        using var response = await served.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.True(File.Exists(Path.Combine(served.Output, "index.html")));
    }

    [Fact]
    public async Task Head_AnswersLikeGet_WithoutABody()
    {
        using var get = await served.Client.GetAsync("projects/");
        using var head = await served.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "projects/"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        var body = await get.Content.ReadAsByteArrayAsync();
        Assert.Equal(body.Length, head.Content.Headers.ContentLength);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(
            get.Headers.GetValues("Content-Security-Policy"), head.Headers.GetValues("Content-Security-Policy"));
    }

    [Fact]
    public async Task EveryPage_IsServedWithItsOwnPolicy_NosniffAndAReferrerPolicy()
    {
        var pages = Directory.GetFiles(served.Output, "*.html", SearchOption.AllDirectories);
        Assert.Contains(pages, p => p.EndsWith(Path.Combine("en", "search", "index.html"), StringComparison.Ordinal));
        foreach (var page in pages)
        {
            var path = Path.GetRelativePath(served.Output, page).Replace('\\', '/');
            var meta = WebUtility.HtmlDecode(CspMeta().Match(File.ReadAllText(page)).Groups[1].Value);
            using var response = await served.Client.GetAsync(path);

            Assert.True(response.StatusCode == HttpStatusCode.OK || path == "404.html", path);
            Assert.True(meta.Length > 0, path);
            Assert.Equal(meta, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            var referrer = Assert.Single(response.Headers.GetValues("Referrer-Policy"));
            Assert.Equal("strict-origin-when-cross-origin", referrer);
        }
    }

    [Theory]
    [InlineData("no-such-page/")]
    [InlineData("projects")]
    public async Task MissesAndRedirects_CarryThePolicyToo(string path)
    {
        using var response = await served.Client.GetAsync(path);

        Assert.Contains("default-src 'self'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Theory]
    [InlineData("assets/search.js")]
    [InlineData("assets/site.css")]
    public async Task Files_CarryNosniffButNoPolicy_AsOnThePublishedSite(string path)
    {
        // A script started as a worker (Pagefind's) takes its policy from its own response: one here would forbid the
        // WebAssembly the search page allows, and the published site sends files without headers.
        using var response = await served.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Content-Security-Policy"));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }
}
