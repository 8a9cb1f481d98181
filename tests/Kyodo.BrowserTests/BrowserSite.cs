using System.Net;
using System.Net.Sockets;
using Kyodo.Audit;
using Kyodo.Cli;
using Kyodo.Engine;
using Kyodo.Loading;
using Kyodo.Pipelines;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Kyodo.BrowserTests;

/// <summary>
/// The shipped data built once (search index included), served on 127.0.0.1 as GitHub Pages would serve it,
/// and a headless Debian Chromium driven by Playwright. Shared by every browser test.
/// </summary>
public class BrowserSite : IAsyncLifetime
{
    public BrowserSite()
        : this("/")
    {
    }

    /// <summary>A site served under <paramref name="basePath"/> ("/kyodo/"), as a GitHub Pages project site is.</summary>
    protected BrowserSite(string basePath) => BasePath = basePath;

    /// <summary>The path the site is built for and served under: "/" or "/kyodo/".</summary>
    public string BasePath { get; }

    private readonly string _root = Path.Combine(Path.GetTempPath(), "kyodo-browser-" + Guid.NewGuid().ToString("N")[..10]);
    private WebApplication? _server;
    private IPlaywright? _playwright;

    public string Output => Path.Combine(_root, "_site");
    public string BaseUrl { get; private set; } = "";
    public BuildResult Build { get; private set; } = default!;
    public IBrowser Browser { get; private set; } = default!;

    /// <summary>Debian's Chromium; tests never download a browser.</summary>
    public static string ChromiumPath => Chromium.ExecutablePath;

    public async Task InitializeAsync()
    {
        var repo = RepoRoot();
        Build = SiteBuilder.Build(SitePaths.For(repo), new BuildOptions { OutputDirectory = Output, BasePath = BasePath });
        if (!Build.Success) throw new InvalidOperationException("The site did not build:\n" + string.Join("\n", Build.Diagnostics.Select(d => d.Format())));

        var port = FreePort();
        _server = StaticSite.Create(Output, BasePath, port);
        await _server.StartAsync();
        BaseUrl = $"http://127.0.0.1:{port}";

        _playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(_playwright);
    }

    /// <summary>A fresh page (own context), optionally with JavaScript disabled or a given viewport.</summary>
    public async Task<IPage> NewPageAsync(bool javaScript = true, int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = javaScript,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "ja-JP",
        });
        return await context.NewPageAsync();
    }

    /// <summary>Every HTML page of the build, as URL paths ("/", "/en/projects/p001/").</summary>
    public IReadOnlyList<string> PagePaths() =>
        Directory.GetFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Select(p => p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Every page with its audit group (kind from &lt;html data-kind&gt;, language, main menu), as the build plans its checks.</summary>
    public IReadOnlyList<(string Path, string Group)> PagesWithGroups() =>
        PagePaths().Select(p =>
        {
            var text = File.ReadAllText(Path.Combine(Output, (p.EndsWith('/') ? p + "index.html" : p).TrimStart('/')));
            var html = System.Text.RegularExpressions.Regex.Match(text, "<html lang=\"([a-z]+)\" data-kind=\"([^\"]*)\"");
            return (p, AuditPage.GroupOf(html.Groups[2].Value, html.Groups[1].Value, text));
        }).ToList();

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean from temp.
        }
    }

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Kyodo.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Kyodo.sln not found");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserSiteGroup : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser site";
}

/// <summary>The same site built with --base-path /kyodo/ and served under it, as a GitHub Pages project site.</summary>
public sealed class SubPathBrowserSite : BrowserSite
{
    public SubPathBrowserSite()
        : base("/kyodo/")
    {
    }
}

[CollectionDefinition(Name)]
public sealed class SubPathBrowserSiteGroup : ICollectionFixture<SubPathBrowserSite>
{
    public const string Name = "browser site under a sub-path";
}
