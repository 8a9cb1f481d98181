using Kyodo.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;

namespace Kyodo.Cli;

/// <summary>
/// Serves the built folder as GitHub Pages would: index.html for folders, 404.html for misses, GET and HEAD only.
/// Every answer carries the pages' own security policy as headers (<see cref="SecurityPolicy"/>), so that a page
/// that works here works under the policy it is published with.
/// </summary>
public static class StaticSite
{
    private static readonly FileExtensionContentTypeProvider Types = new();

    public static WebApplication Create(string folder, string basePath, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var root = Path.GetFullPath(folder);
        app.Run(async context =>
        {
            var method = context.Request.Method;
            if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
            {
                // A static site has nothing to change, delete or trace: say which methods it answers.
                SecurityHeaders(context, webAssembly: false);
                context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                context.Response.Headers.Allow = "GET, HEAD";
                return;
            }
            var requestPath = Uri.UnescapeDataString(context.Request.Path.Value ?? "/");
            if (!requestPath.StartsWith(basePath, StringComparison.Ordinal) && requestPath + "/" != basePath)
            {
                await NotFound(context, root);
                return;
            }
            var relative = requestPath.Length >= basePath.Length ? requestPath[basePath.Length..] : "";
            var file = Path.GetFullPath(Path.Combine(root, relative));
            SecurityHeaders(context, SecurityPolicy.UsesWebAssembly(relative), IsDocument(relative));
            if (!file.StartsWith(root, StringComparison.Ordinal))
            {
                context.Response.StatusCode = 400;
                return;
            }
            if (Directory.Exists(file))
            {
                if (!requestPath.EndsWith('/'))
                {
                    context.Response.Redirect(requestPath + "/");
                    return;
                }
                file = Path.Combine(file, "index.html");
            }
            if (!File.Exists(file))
            {
                await NotFound(context, root);
                return;
            }
            context.Response.ContentType = ContentType(file);
            context.Response.Headers.CacheControl = "no-cache";
            context.Response.ContentLength = new FileInfo(file).Length;
            if (HttpMethods.IsHead(method)) return;
            await context.Response.SendFileAsync(file);
        });
        return app;
    }

    /// <summary>
    /// The policy goes with documents only, as on the published site, where each page carries it in a meta tag
    /// and files have no headers: a script started as a worker (Pagefind's) takes its policy from its own
    /// response, so a policy on it would forbid the WebAssembly the search page allows.
    /// </summary>
    private static void SecurityHeaders(HttpContext context, bool webAssembly, bool document = true)
    {
        var headers = context.Response.Headers;
        if (document) headers.ContentSecurityPolicy = SecurityPolicy.ContentSecurityPolicy(webAssembly);
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = SecurityPolicy.ReferrerPolicy;
    }

    /// <summary>A page: a folder ("projects/"), an .html file, or a path without an extension (redirected to its folder).</summary>
    private static bool IsDocument(string relative) =>
        relative.Length == 0 || relative.EndsWith('/') || relative.EndsWith(".html", StringComparison.Ordinal)
        || !Path.HasExtension(relative);

    private static string ContentType(string file) =>
        Path.GetExtension(file) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".csv" => "text/csv; charset=utf-8",
            ".json" => "application/json; charset=utf-8",
            ".xml" => "application/xml; charset=utf-8",
            ".atom" => "application/atom+xml; charset=utf-8",
            ".pf_meta" or ".pf_index" or ".pf_fragment" or ".pagefind" => "application/octet-stream",
            _ => Types.TryGetContentType(file, out var type) ? type : "application/octet-stream",
        };

    private static async Task NotFound(HttpContext context, string root)
    {
        SecurityHeaders(context, webAssembly: false);
        context.Response.StatusCode = 404;
        var page = Path.Combine(root, "404.html");
        if (File.Exists(page))
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.ContentLength = new FileInfo(page).Length;
            if (HttpMethods.IsHead(context.Request.Method)) return;
            await context.Response.SendFileAsync(page);
        }
    }
}
