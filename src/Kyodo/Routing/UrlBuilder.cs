using Kyodo.Model;

namespace Kyodo.Routing;

/// <summary>
/// Builds every URL of the site. A page is addressed by its language and its path ("projects/p001/");
/// Japanese lives at the root and English under "en/", both below the base path.
/// </summary>
public sealed class UrlBuilder
{
    public UrlBuilder(string basePath, string siteUrl)
    {
        BasePath = NormalizeBasePath(basePath);
        SiteUrl = siteUrl.TrimEnd('/');
    }

    /// <summary>"/" or "/repo/": always with leading and trailing slash.</summary>
    public string BasePath { get; }

    /// <summary>The canonical address of the deployed site, with its path ("https://owner.github.io/repo").</summary>
    public string SiteUrl { get; }

    public static string NormalizeBasePath(string? path)
    {
        var p = (path ?? "/").Trim();
        if (p.Length == 0) return "/";
        if (!p.StartsWith('/')) p = "/" + p;
        if (!p.EndsWith('/')) p += "/";
        return p;
    }

    public static string LanguagePrefix(Language language) => language == Language.Ja ? "" : "en/";

    /// <summary>Path of a page relative to the site root, with the language prefix ("en/projects/p001/").</summary>
    public static string SitePath(Language language, string path) => LanguagePrefix(language) + path;

    /// <summary>The output file of a page path ("en/projects/p001/index.html").</summary>
    public static string OutputPath(Language language, string path) =>
        SitePath(language, path) + (path.Length == 0 || path.EndsWith('/') ? "index.html" : "");

    /// <summary>Root-relative link to a page, including the base path.</summary>
    public string Page(Language language, string path) => BasePath + SitePath(language, path);

    /// <summary>Root-relative link to a file that is the same in both languages (CSS, data, schema).</summary>
    public string Asset(string path) => BasePath + path.TrimStart('/');

    /// <summary>Absolute URL of a page, for canonical links, the sitemap and feeds.</summary>
    public string Absolute(Language language, string path) => SiteUrl + "/" + SitePath(language, path);

    public string AbsoluteAsset(string path) => SiteUrl + "/" + path.TrimStart('/');
}
