using System.Globalization;
using Kyodo.Diagnostics;
using Kyodo.Loading.Rows;
using Kyodo.Loading.Yaml;
using Kyodo.Model;

namespace Kyodo.Loading;

/// <summary>
/// Reads the Markdown content pages of input/ja and input/en. Each starts with front matter
/// (title, description, order) between "---" lines; the file name is the page's slug.
/// </summary>
public static class ContentLoader
{
    public static IReadOnlyList<ContentPage> Load(string inputDirectory, DataFiles files, DiagnosticBag diagnostics)
    {
        var pages = new List<ContentPage>();
        foreach (var language in LanguageExtensions.All)
        {
            var dir = Path.Combine(inputDirectory, language.Tag());
            if (!Directory.Exists(dir)) continue;
            foreach (var path in Directory.GetFiles(dir, "*.md").Order(StringComparer.Ordinal))
            {
                var page = LoadPage(path, language, files, diagnostics);
                if (page is not null) pages.Add(page);
            }
        }
        foreach (var page in pages)
        {
            var other = page.Language.Other();
            if (!pages.Any(p => p.Language == other && p.Slug == page.Slug))
            {
                diagnostics.Add(Messages.MissingTranslationPage(new SourceLocation(page.File), other == Language.En ? "English" : "Japanese"));
            }
        }
        return pages;
    }

    private static ContentPage? LoadPage(string path, Language language, DataFiles files, DiagnosticBag diagnostics)
    {
        var display = files.Display(path);
        var slug = Path.GetFileNameWithoutExtension(path);
        if (!CellRules.IsId(slug))
        {
            diagnostics.Add(Messages.BadId(new SourceLocation(display), "file name", slug));
            return null;
        }
        var text = files.ReadText(path);
        if (text is null) return null;
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            diagnostics.Add(Messages.FrontMatter(new SourceLocation(display, 1, 1), "the file does not start with \"---\" / 先頭が「---」ではありません"));
            return null;
        }
        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (end < 0)
        {
            diagnostics.Add(Messages.FrontMatter(new SourceLocation(display, 1, 1), "the closing \"---\" line is missing / 閉じる「---」の行がありません"));
            return null;
        }
        var front = text[4..(end + 1)];
        var bodyStart = text.IndexOf('\n', end + 1);
        var body = bodyStart < 0 ? "" : text[(bodyStart + 1)..];

        var before = diagnostics.Count;
        var (y, root) = YamlReader.Parse(front.Length == 0 ? "{}" : front, display, diagnostics);
        if (root is null)
        {
            if (diagnostics.Count == before) diagnostics.Add(Messages.FrontMatter(new SourceLocation(display, 2, 1), "empty front matter / 設定が空です"));
            return null;
        }
        var title = y.Text(root, "title");
        var description = y.Text(root, "description", required: false) ?? "";
        var orderText = y.Text(root, "order", required: false);
        var order = 100;
        if (orderText is not null && !int.TryParse(orderText, NumberStyles.Integer, CultureInfo.InvariantCulture, out order))
        {
            diagnostics.Add(Messages.FrontMatter(new SourceLocation(display, 2, 1), $"order \"{orderText}\" is not a number / order が数値ではありません"));
            return null;
        }
        var include = y.Text(root, "include", required: false);
        if (include is not null && !ContentPage.Includes.Contains(include))
        {
            diagnostics.Add(Messages.FrontMatter(new SourceLocation(display, 2, 1), $"include \"{include}\": {string.Join(", ", ContentPage.Includes)}"));
            return null;
        }
        if (title is null || diagnostics.Count > before) return null;
        return new ContentPage(language, slug, title, description, order, body, display) { Include = include };
    }
}
