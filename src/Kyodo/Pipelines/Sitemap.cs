using System.Text;
using System.Xml;
using Kyodo.Engine;
using Kyodo.Model;
using Kyodo.Routing;

namespace Kyodo.Pipelines;

/// <summary>
/// Post-processing: sitemap.xml lists every published HTML page (the 404 page aside) with its absolute URL
/// and its language versions (xhtml:link hreflang), and robots.txt points to it. Built from the pages the
/// build actually wrote, so it never lists a page that does not exist.
/// </summary>
public sealed class Sitemap : IPipeline
{
    public Phase Phase => Phase.PostProcess;

    public const string SitemapPath = "sitemap.xml";
    public const string RobotsPath = "robots.txt";

    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNs = "http://www.w3.org/1999/xhtml";

    public void Execute(BuildContext context)
    {
        context.Output.AddText(SitemapPath, Write(context));
        context.Output.AddText(RobotsPath, $"User-agent: *\nAllow: /\n\nSitemap: {UrlText(context.Urls.AbsoluteAsset(SitemapPath))}\n");
    }

    /// <summary>The pages a sitemap lists: every HTML page except the not-found page.</summary>
    public static IReadOnlyList<PageInfo> Listed(OutputSet output) =>
        output.Pages.Where(p => p.Kind != "404").ToList();

    private static string Write(BuildContext context)
    {
        var output = context.Output;
        var text = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false };
        using (var xml = XmlWriter.Create(new StringWriter(text), settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", SitemapNs);
            xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNs);
            foreach (var page in Listed(output))
            {
                xml.WriteStartElement("url", SitemapNs);
                xml.WriteElementString("loc", SitemapNs, UrlText(context.Urls.Absolute(page.Language, page.Path)));
                var versions = LanguageExtensions.All.Where(l => output.Contains(UrlBuilder.OutputPath(l, page.Path))).ToList();
                if (versions.Count > 1)
                {
                    foreach (var language in versions) Alternate(xml, language.Tag(), context.Urls.Absolute(language, page.Path));
                    Alternate(xml, "x-default", context.Urls.Absolute(Language.Ja, page.Path));
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        // StringWriter reports UTF-16; the file is written as UTF-8.
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n";
    }

    /// <summary>
    /// A URL as both formats need it: percent-encoded (RFC 3986), so that it holds no space, quote, angle
    /// bracket or line break. robots.txt is read line by line and a sitemap's &lt;loc&gt; must be a URL; the XML
    /// writer then escapes what XML needs. site_url is already refused unless plain (KY068): this is the
    /// second wall, for a site URL given by other means.
    /// </summary>
    internal static string UrlText(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" ? uri.AbsoluteUri : Uri.EscapeDataString(url);

    private static void Alternate(XmlWriter xml, string hreflang, string href)
    {
        xml.WriteStartElement("xhtml", "link", XhtmlNs);
        xml.WriteAttributeString("rel", "alternate");
        xml.WriteAttributeString("hreflang", hreflang);
        xml.WriteAttributeString("href", UrlText(href));
        xml.WriteEndElement();
    }
}
