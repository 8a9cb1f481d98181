using System.Globalization;
using Kyodo.Diagnostics;
using Kyodo.Loading.Rows;
using Kyodo.Loading.Yaml;
using Kyodo.Matching;
using Kyodo.Model;
using Kyodo.Schema;

namespace Kyodo.Loading;

/// <summary>
/// Reads the Markdown content pages of input/ja and input/en. Each starts with front matter
/// (title, description, order) between "---" lines; the file name is the page's slug. Links are checked
/// here, with their line, so that every problem of the input is reported before anything is built.
/// </summary>
public static class ContentLoader
{
    public static IReadOnlyList<ContentPage> Load(string inputDirectory, DataFiles files, DiagnosticBag diagnostics)
    {
        var pages = new List<ContentPage>();
        var found = new Dictionary<Language, Dictionary<string, string>>();
        foreach (var language in LanguageExtensions.All)
        {
            found[language] = new Dictionary<string, string>(StringComparer.Ordinal);
            var dir = Path.Combine(inputDirectory, language.Tag());
            if (!Directory.Exists(dir)) continue;
            foreach (var path in Directory.GetFiles(dir, "*.md").Order(StringComparer.Ordinal))
            {
                var slug = Path.GetFileNameWithoutExtension(path);
                if (!CheckSlug(slug, files.Display(path), diagnostics)) continue;
                found[language][slug] = files.Display(path);
                var page = LoadPage(path, slug, language, files, diagnostics);
                if (page is not null) pages.Add(page);
            }
        }
        // A page whose twin file exists but could not be read has its own error; only a missing file is reported here.
        foreach (var language in LanguageExtensions.All)
        {
            foreach (var (slug, display) in found[language].Where(f => !found[language.Other()].ContainsKey(f.Key)))
            {
                diagnostics.Add(Messages.MissingTranslationPage(new SourceLocation(display), language.Other()));
            }
        }
        return pages;
    }

    /// <summary>The file name becomes a top-level folder of the site: the ID pattern, and no name the site or Windows uses.</summary>
    private static bool CheckSlug(string slug, string display, DiagnosticBag diagnostics)
    {
        var at = new SourceLocation(display);
        if (!CellRules.IsId(slug))
        {
            var suggestion = TextForms.ToHalfWidth(slug).ToLowerInvariant().Replace(' ', '-');
            diagnostics.Add(Messages.BadId(at, "file name", slug, CellRules.IsId(suggestion) ? suggestion : null));
            return false;
        }
        if (ReservedNames.IsWindowsDevice(slug) || ReservedNames.IsSiteFolder(slug))
        {
            diagnostics.Add(Messages.ReservedName(at, "ページのファイル名", "a page's file name", slug, ReservedNames.IsWindowsDevice(slug)));
            return false;
        }
        return true;
    }

    private static ContentPage? LoadPage(string path, string slug, Language language, DataFiles files, DiagnosticBag diagnostics)
    {
        var display = files.Display(path);
        var text = files.ReadText(path);
        if (text is null) return null;
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        // Control and invisible characters by the rules of every input, with their line and character.
        if (TextRules.CheckFile(text, display, diagnostics) is not { } checkedText) return null;
        text = checkedText;
        var (front, document) = Rendering.Markdown.ParsePage(text);
        if (front is null)
        {
            // Markdig takes no block for "---" closed at once; it is an empty front matter, reported as such below.
            if (text.StartsWith("---\n---\n", StringComparison.Ordinal) || text == "---\n---")
            {
                front = new Rendering.FrontMatter("", text.Length > 8 ? text[8..] : "");
            }
            else
            {
                var opened = text.StartsWith("---\n", StringComparison.Ordinal);
                diagnostics.Add(opened
                    ? Messages.FrontMatter(new SourceLocation(display, 1, 1), "設定の終わりを示す「---」の行がありません", "the closing \"---\" line is missing")
                    : Messages.FrontMatter(new SourceLocation(display, 1, 1), "1行目が「---」ではありません", "the first line is not \"---\""));
                return null;
            }
        }

        var before = diagnostics.Count;
        var (y, root) = YamlReader.ParseFrontMatter(front.Yaml, display, diagnostics, lineOffset: 1);
        if (root is null) return null;
        var title = y.Text(root, "title");
        var description = y.Text(root, "description", required: false) ?? "";
        var orderText = y.Text(root, "order", required: false);
        var order = 100;
        if (orderText is not null && !int.TryParse(orderText, NumberStyles.Integer, CultureInfo.InvariantCulture, out order))
        {
            diagnostics.Add(Messages.FrontMatter(y.At(y.Node(root, "order")!),
                $"order「{orderText}」は半角の整数ではありません", $"order \"{orderText}\" is not a whole number"));
        }
        // Lines of the whole file: the front matter is part of the document Markdig parsed.
        foreach (var (url, line, column) in Rendering.Markdown.UnsafeLinks(document))
        {
            diagnostics.Add(Messages.UnsafeLink(new SourceLocation(display, line + 1, column), url));
        }
        var include = y.Text(root, "include", required: false);
        if (include is not null && !ContentPage.Includes.Contains(include))
        {
            diagnostics.Add(Messages.FrontMatter(y.At(y.Node(root, "include")!),
                $"include「{include}」は使えません（使える値：{string.Join("、", ContentPage.Includes)}）",
                $"include \"{include}\" is not one of: {string.Join(", ", ContentPage.Includes)}"));
        }
        if (title is null || diagnostics.Count > before) return null;
        return new ContentPage(language, slug, title, description, order, front.Body, display) { Include = include };
    }
}
