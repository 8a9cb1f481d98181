using System.Globalization;
using Kyodo.Diagnostics;
using Kyodo.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Kyodo.Loading.Yaml;

/// <summary>
/// Reads small configuration files (site.yaml, plan.yaml, Markdown front matter) into a node tree and
/// gives typed access with the line and column of every problem.
/// </summary>
public sealed class YamlReader
{
    private readonly string _file;
    private readonly DiagnosticBag _diagnostics;

    private YamlReader(string file, DiagnosticBag diagnostics)
    {
        _file = file;
        _diagnostics = diagnostics;
    }

    public static (YamlReader Reader, YamlMappingNode? Root) Parse(string text, string file, DiagnosticBag diagnostics)
    {
        var reader = new YamlReader(file, diagnostics);
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                diagnostics.Add(Messages.YamlSyntax(new SourceLocation(file, 1, 1), "the file must be a mapping of \"key: value\" lines / 「項目: 値」の形で書いてください"));
                return (reader, null);
            }
            return (reader, root);
        }
        catch (YamlException ex)
        {
            diagnostics.Add(Messages.YamlSyntax(new SourceLocation(file, (int)ex.Start.Line, (int)ex.Start.Column), ex.Message));
            return (reader, null);
        }
    }

    public SourceLocation At(YamlNode node) => new(_file, (int)node.Start.Line, (int)node.Start.Column);

    public YamlNode? Node(YamlMappingNode map, string key, bool required = true)
    {
        foreach (var (k, v) in map.Children)
        {
            if (k is YamlScalarNode s && s.Value == key) return v;
        }
        if (required) _diagnostics.Add(Messages.YamlMissingKey(At(map), key));
        return null;
    }

    public string? Text(YamlMappingNode map, string key, bool required = true)
    {
        var node = Node(map, key, required);
        if (node is null) return null;
        if (node is YamlScalarNode s) return s.Value ?? "";
        _diagnostics.Add(Messages.YamlBadValue(At(node), key, "expected a single value / 値を1つ書いてください"));
        return null;
    }

    public int? Int(YamlMappingNode map, string key, bool required = true)
    {
        var text = Text(map, key, required);
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) return n;
        _diagnostics.Add(Messages.YamlBadValue(At(Node(map, key)!), key, $"\"{text}\" is not a whole number / 整数ではありません"));
        return null;
    }

    public YamlMappingNode? Map(YamlMappingNode map, string key, bool required = true)
    {
        var node = Node(map, key, required);
        if (node is null) return null;
        if (node is YamlMappingNode m) return m;
        _diagnostics.Add(Messages.YamlBadValue(At(node), key, "expected \"key: value\" lines / 「項目: 値」の形で書いてください"));
        return null;
    }

    public IReadOnlyList<YamlMappingNode> MapList(YamlMappingNode map, string key, bool required = true)
    {
        var node = Node(map, key, required);
        if (node is null) return [];
        if (node is YamlSequenceNode seq)
        {
            var items = new List<YamlMappingNode>();
            foreach (var item in seq.Children)
            {
                if (item is YamlMappingNode m) items.Add(m);
                else _diagnostics.Add(Messages.YamlBadValue(At(item), key, "each item must be \"key: value\" lines / 各項目は「項目: 値」の形です"));
            }
            return items;
        }
        _diagnostics.Add(Messages.YamlBadValue(At(node), key, "expected a list (lines starting with \"- \") / 「- 」で始まる一覧を書いてください"));
        return [];
    }

    public IReadOnlyList<string> ScalarList(YamlMappingNode map, string key, bool required = true)
    {
        var node = Node(map, key, required);
        if (node is null) return [];
        if (node is YamlSequenceNode seq)
        {
            return seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").ToList();
        }
        _diagnostics.Add(Messages.YamlBadValue(At(node), key, "expected a list / 一覧を書いてください"));
        return [];
    }

    /// <summary>A <c>{ja: …, en: …}</c> value; a plain string is taken as Japanese with no translation.</summary>
    public LocalizedText? Localized(YamlMappingNode map, string key, bool required = true)
    {
        var node = Node(map, key, required);
        switch (node)
        {
            case null:
                return null;
            case YamlScalarNode s:
                return new LocalizedText(s.Value ?? "", null);
            case YamlMappingNode m:
                var ja = Text(m, "ja");
                var en = Text(m, "en", required: false);
                return ja is null ? null : new LocalizedText(ja, string.IsNullOrEmpty(en) ? null : en);
            default:
                _diagnostics.Add(Messages.YamlBadValue(At(node), key, "expected ja: and en: / ja: と en: を書いてください"));
                return null;
        }
    }
}
