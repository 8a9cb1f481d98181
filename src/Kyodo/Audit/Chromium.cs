using Microsoft.Playwright;

namespace Kyodo.Audit;

/// <summary>Debian's Chromium, started headless by Playwright. Nothing is downloaded: the browser must be installed.</summary>
public static class Chromium
{
    /// <summary>The browser executable: KYODO_CHROMIUM, or /usr/bin/chromium (apt-get install chromium).</summary>
    public static string ExecutablePath => Environment.GetEnvironmentVariable("KYODO_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Flags for a quiet headless run in a container: no sandbox, GPU, background traffic or first-run set-up.</summary>
    public static readonly IReadOnlyList<string> Arguments =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        Args = Arguments,
    });
}
