namespace Kyodo.Rendering;

/// <summary>
/// The site's security policy, declared once: every page carries it in a <c>&lt;meta&gt;</c> (GitHub Pages sets no
/// headers), and <c>kyodo serve</c> sends the same policy as headers, so what a developer sees locally is what the
/// published site allows.
/// </summary>
public static class SecurityPolicy
{
    /// <summary>
    /// Only the site's own scripts and styles; WebAssembly only where a page runs it (the search page's index).
    /// </summary>
    public static string ContentSecurityPolicy(bool webAssembly) =>
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'"
        + (webAssembly ? " 'wasm-unsafe-eval'" : "")
        + "; object-src 'none'; base-uri 'none'; form-action 'self'";

    /// <summary>
    /// The browsers' own default, stated: other sites learn only the origin a reader came from, never the page.
    /// The published pages get it from the browser; the local server says it so that both behave alike.
    /// </summary>
    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    /// <summary>
    /// Whether the page at <paramref name="sitePath"/> (from the site root, "en/search/index.html") runs WebAssembly:
    /// the search pages, which the search pipeline writes with the WebAssembly policy.
    /// </summary>
    public static bool UsesWebAssembly(string sitePath)
    {
        var path = sitePath.TrimStart('/');
        foreach (var language in Model.LanguageExtensions.All)
        {
            var prefix = Routing.UrlBuilder.SitePath(language, Routing.Routes.Index("", Routing.Section.Search));
            if (path == prefix || path == prefix + "index.html") return true;
        }
        return false;
    }
}
