using System.Text;
using System.Text.Json;
using System.Xml;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Kyodo.Diagnostics;
using Kyodo.Loading.Csv;

namespace Kyodo.Tests.Testing;

/// <summary>
/// Looks through every file of a built site for anything that could run: script elements other than the
/// site's own files, event-handler attributes, javascript: and other script URLs, inline styles, markup
/// that data broke out of (XML that no longer parses, JSON that no longer parses). Generic over all files,
/// so outputs added later (charts, feeds, sitemaps, downloads) are covered as they appear.
/// </summary>
public static class LiveContent
{
    private static readonly string[] UrlAttributes =
        ["href", "src", "action", "formaction", "xlink:href", "poster", "data", "background", "cite", "srcset", "ping", "codebase", "manifest"];

    private static readonly string[] ForbiddenElements = ["iframe", "frame", "frameset", "object", "embed", "applet", "base", "style", "template", "portal"];

    /// <summary>Every problem found under <paramref name="root"/>, as "file: what".</summary>
    public static IReadOnlyList<string> Problems(string root, string basePath)
    {
        var problems = new List<string>();
        foreach (var file in Directory.GetFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (relative.StartsWith("pagefind/", StringComparison.Ordinal)) continue;
            var bytes = File.ReadAllBytes(file);
            switch (Path.GetExtension(file).ToLowerInvariant())
            {
                case ".html":
                case ".htm":
                    CheckHtml(relative, Encoding.UTF8.GetString(bytes), basePath, problems);
                    break;
                case ".svg":
                case ".xml":
                case ".atom":
                case ".rss":
                case ".xsl":
                    CheckXml(relative, bytes, problems);
                    break;
                case ".json":
                case ".jsonld":
                case ".webmanifest":
                case ".geojson":
                    CheckJson(relative, bytes, problems);
                    break;
                case ".csv":
                case ".tsv":
                    CheckCsv(relative, bytes, problems);
                    break;
                case ".js":
                case ".mjs":
                case ".css":
                    // Data never goes into scripts or styles unescaped.
                    var text = Encoding.UTF8.GetString(bytes);
                    if (text.Contains("</script", StringComparison.OrdinalIgnoreCase) || text.Contains("alert(1)", StringComparison.Ordinal))
                    {
                        problems.Add($"{relative}: data text inside a script or style sheet");
                    }
                    break;
            }
        }
        return problems;
    }

    private static void CheckHtml(string file, string html, string basePath, List<string> problems)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.All)
        {
            CheckElement(file, element, basePath, problems);
        }
        if (document.QuerySelectorAll("meta[http-equiv]").Any(m => string.Equals(m.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add($"{file}: meta refresh");
        }
    }

    private static void CheckElement(string file, IElement element, string basePath, List<string> problems)
    {
        var name = element.LocalName.ToLowerInvariant();
        if (ForbiddenElements.Contains(name)) problems.Add($"{file}: <{name}> element");
        if (name == "script")
        {
            var type = element.GetAttribute("type");
            if (type is "application/ld+json" or "application/json")
            {
                if (element.HasAttribute("src")) problems.Add($"{file}: JSON script with src");
                CheckJson(file + " (embedded JSON)", Encoding.UTF8.GetBytes(element.TextContent), problems);
            }
            else
            {
                var src = element.GetAttribute("src");
                if (src is null) problems.Add($"{file}: inline script: {Short(element.TextContent)}");
                else if (!src.StartsWith(basePath, StringComparison.Ordinal) || src.StartsWith("//", StringComparison.Ordinal)) problems.Add($"{file}: script from elsewhere: {src}");
                if (element.TextContent.Trim().Length > 0) problems.Add($"{file}: script with both src and code");
            }
        }
        foreach (var attribute in element.Attributes)
        {
            var attr = attribute.Name.ToLowerInvariant();
            if (attr.StartsWith("on", StringComparison.Ordinal)) problems.Add($"{file}: event handler {attr}=\"{Short(attribute.Value)}\" on <{name}>");
            if (attr == "style") problems.Add($"{file}: inline style on <{name}>");
            if (UrlAttributes.Contains(attr) && IsScriptUrl(attribute.Value, name == "img" && attr == "src"))
            {
                problems.Add($"{file}: script URL {attr}=\"{Short(attribute.Value)}\" on <{name}>");
            }
        }
    }

    /// <summary>javascript:, vbscript: and data: URLs (except images), however they are spaced or cased.</summary>
    public static bool IsScriptUrl(string value, bool imageSource = false)
    {
        var compact = new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
        if (compact.StartsWith("javascript:", StringComparison.Ordinal) || compact.StartsWith("vbscript:", StringComparison.Ordinal)) return true;
        return compact.StartsWith("data:", StringComparison.Ordinal) && !(imageSource && compact.StartsWith("data:image/", StringComparison.Ordinal) && !compact.StartsWith("data:image/svg", StringComparison.Ordinal));
    }

    private static void CheckXml(string file, byte[] bytes, List<string> problems)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element) continue;
                var name = reader.LocalName.ToLowerInvariant();
                if (name is "script" or "foreignobject" or "iframe" or "embed" or "object") problems.Add($"{file}: <{reader.LocalName}> element");
                if (!reader.MoveToFirstAttribute()) continue;
                do
                {
                    var attr = reader.LocalName.ToLowerInvariant();
                    if (attr.StartsWith("on", StringComparison.Ordinal)) problems.Add($"{file}: event handler {reader.Name} on <{name}>");
                    if (attr is "href" or "src" && IsScriptUrl(reader.Value)) problems.Add($"{file}: script URL {reader.Name}=\"{Short(reader.Value)}\"");
                }
                while (reader.MoveToNextAttribute());
            }
        }
        catch (XmlException ex)
        {
            problems.Add($"{file}: not well-formed XML ({ex.Message})");
        }
    }

    private static void CheckJson(string file, byte[] bytes, List<string> problems)
    {
        try
        {
            using var _ = JsonDocument.Parse(bytes.AsMemory(), new JsonDocumentOptions { AllowTrailingCommas = false });
        }
        catch (JsonException ex)
        {
            problems.Add($"{file}: not valid JSON ({ex.Message})");
        }
    }

    private static void CheckCsv(string file, byte[] bytes, List<string> problems)
    {
        var bag = new DiagnosticBag();
        var hasBom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        var text = Kyodo.Loading.TextDecoder.Decode(bytes, file, bag);
        var table = text is null ? null : CsvTableReader.Read(text, file, bag);
        if (table is null)
        {
            problems.Add($"{file}: not valid CSV ({string.Join("; ", bag.Sorted().Select(d => d.MessageEn))})");
            return;
        }
        // The copy made for spreadsheets (UTF-8 with BOM) must not hold a text cell a spreadsheet would run.
        if (!hasBom) return;
        foreach (var cell in table.Records.SelectMany(r => r.Cells).Where(c => Formulas.WouldRun(c.Value)))
        {
            problems.Add($"{file}: line {cell.Line}: cell would run as a formula in a spreadsheet: {Short(cell.Value)}");
        }
    }

    private static string Short(string s) => s.Length <= 80 ? s : s[..80] + "…";
}
