namespace Kyodo.Loading;

/// <summary>
/// The site's canonical address (site_url, --site-url) goes into every page, the feed, robots.txt and
/// sitemap.xml, each with its own quoting rules; it is accepted only in the one form that needs none.
/// </summary>
public static class SiteUrlRule
{
    /// <summary>
    /// An absolute https URL with a host and no user name, query or fragment, and none of the characters
    /// that some output format would have to escape (quotes, spaces, &lt; &gt;, backslash, controls).
    /// </summary>
    public static bool IsValid(string url)
    {
        foreach (var c in url)
        {
            if (c <= ' ' || c >= '\u007F' || c is '"' or '\'' or '<' or '>' or '\\' or '`' or '{' or '}' or '|' or '^') return false;
        }
        return Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && uri.Scheme == Uri.UriSchemeHttps
            && uri.Host.Length > 0
            && uri.UserInfo.Length == 0
            && uri.Query.Length == 0
            && uri.Fragment.Length == 0
            && url.StartsWith("https://", StringComparison.Ordinal);
    }
}
