using System.Collections.Concurrent;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Playwright;

namespace Kyodo.Audit;

/// <summary>
/// Serves a built folder to a browser context through Playwright's request routing, as GitHub Pages would
/// serve it under its base path (index.html for folders, 404.html for misses), without opening a port.
/// Requests to any other origin are refused and recorded: a page must load nothing from elsewhere.
/// </summary>
public sealed class FolderSite(string folder, string basePath)
{
    /// <summary>The made-up origin pages are opened at; it never reaches the network.</summary>
    public const string Origin = "http://kyodo.localhost";

    private static readonly FileExtensionContentTypeProvider Types = new();
    private readonly string _root = Path.GetFullPath(folder);
    private readonly ConcurrentDictionary<string, byte> _foreign = new(StringComparer.Ordinal);

    /// <summary>URLs of other origins that pages tried to load.</summary>
    public IReadOnlyList<string> ForeignRequests => _foreign.Keys.Order(StringComparer.Ordinal).ToList();

    public Task AttachAsync(IBrowserContext context) => context.RouteAsync("**/*", HandleAsync);

    private async Task HandleAsync(IRoute route)
    {
        var url = new Uri(route.Request.Url);
        if (!string.Equals(url.GetLeftPart(UriPartial.Authority), Origin, StringComparison.OrdinalIgnoreCase))
        {
            _foreign.TryAdd(route.Request.Url, 0);
            await route.AbortAsync();
            return;
        }
        var path = Uri.UnescapeDataString(url.AbsolutePath);
        var file = path.StartsWith(basePath, StringComparison.Ordinal) ? Resolve(path[basePath.Length..]) : null;
        if (file is null)
        {
            var notFound = Path.Combine(_root, "404.html");
            await route.FulfillAsync(new RouteFulfillOptions
            {
                Status = 404,
                ContentType = "text/html; charset=utf-8",
                BodyBytes = File.Exists(notFound) ? await File.ReadAllBytesAsync(notFound) : [],
            });
            return;
        }
        await route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = ContentType(file),
            BodyBytes = await File.ReadAllBytesAsync(file),
        });
    }

    private string? Resolve(string relative)
    {
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        var file = Path.GetFullPath(Path.Combine(_root, relative));
        if (!file.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return null;
        return File.Exists(file) ? file : null;
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" or ".mjs" => "text/javascript; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".csv" => "text/csv; charset=utf-8",
        _ => Types.TryGetContentType(file, out var type) ? type : "application/octet-stream",
    };
}
