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
    private readonly int _lineOffset;

    // The keys each mapping was asked for: what the reader knows, so that any other key is a misspelling or a
    // setting the tool does not have (both silently ignored otherwise).
    private readonly Dictionary<YamlMappingNode, HashSet<string>> _asked = new(ReferenceEqualityComparer.Instance);

    private YamlReader(string file, DiagnosticBag diagnostics, int lineOffset)
    {
        _file = file;
        _diagnostics = diagnostics;
        _lineOffset = lineOffset;
    }

    /// <summary>Parses a whole YAML file; an empty file is reported as such.</summary>
    public static (YamlReader Reader, YamlMappingNode? Root) Parse(string text, string file, DiagnosticBag diagnostics) =>
        Parse(text, file, diagnostics, 0, () => diagnostics.Add(Messages.EmptyFile(new SourceLocation(file))));

    /// <summary>Parses the front matter of a Markdown page, which starts on line <paramref name="lineOffset"/> + 1 of the file.</summary>
    public static (YamlReader Reader, YamlMappingNode? Root) ParseFrontMatter(string text, string file, DiagnosticBag diagnostics, int lineOffset) =>
        Parse(text, file, diagnostics, lineOffset, () => diagnostics.Add(Messages.FrontMatter(new SourceLocation(file, lineOffset + 1, 1),
            "中身が空です（「title: 題名」の行が必要です）", "it is empty (it needs a \"title: ...\" line)")));

    private static (YamlReader Reader, YamlMappingNode? Root) Parse(string text, string file, DiagnosticBag diagnostics, int lineOffset, Action reportEmpty)
    {
        var reader = new YamlReader(file, diagnostics, lineOffset);
        // The characters of the file, comments included, by the rules of every input; then the values an escape
        // ("\u202E") makes, which only the parsed text shows.
        var checkedText = TextRules.CheckFile(text, file, diagnostics, firstLine: lineOffset + 1);
        if (checkedText is null) return (reader, null);
        text = checkedText;
        if (FindTabIndentation(text) is { } tab)
        {
            diagnostics.Add(Messages.YamlSyntax(new SourceLocation(file, tab.Line + lineOffset, tab.Column),
                "タブ文字で字下げされています（字下げは半角スペースで書きます）", "the line is indented with a tab (indent with spaces)"));
            return (reader, null);
        }
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0)
            {
                reportEmpty();
                return (reader, null);
            }
            if (stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                diagnostics.Add(Messages.YamlSyntax(new SourceLocation(file, 1 + lineOffset, 1),
                    "「項目: 値」の形の行で書いてください", "the file must consist of \"key: value\" lines"));
                return (reader, null);
            }
            return reader.CheckValues(root, null) ? (reader, root) : (reader, null);
        }
        catch (YamlException ex)
        {
            var (ja, en) = Explain(ex.Message);
            diagnostics.Add(Messages.YamlSyntax(new SourceLocation(file, (int)ex.Start.Line + lineOffset, (int)ex.Start.Column), ja, en));
            return (reader, null);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException)
        {
            // The YAML library gives up on some broken input (an unclosed "{") without saying where: point
            // at the last place it still understood.
            var (line, column) = LastReadablePlace(text);
            diagnostics.Add(Messages.YamlSyntax(new SourceLocation(file, line + lineOffset, column),
                "この辺りから先が YAML として読めません（「{」「[」や引用符の閉じ忘れはありませんか）",
                "the text cannot be read as YAML from about here (an unclosed \"{\", \"[\" or quote?)"));
            return (reader, null);
        }
    }

    /// <summary>
    /// Applies the text rules to every key and value (a double-quoted value may spell a character as an escape),
    /// taking out what they remove; false when one is refused.
    /// </summary>
    private bool CheckValues(YamlNode node, string? key)
    {
        switch (node)
        {
            case YamlScalarNode scalar when scalar.Value is { } value:
                var clean = TextRules.CheckValue(value, key ?? "値/value", At(scalar), _diagnostics);
                if (clean is null) return false;
                if (clean.Length != value.Length) scalar.Value = clean;
                return true;
            case YamlMappingNode map:
                var ok = true;
                foreach (var (k, v) in map.Children)
                {
                    ok &= CheckValues(k, "項目名/key");
                    ok &= CheckValues(v, (k as YamlScalarNode)?.Value ?? key);
                }
                return ok;
            case YamlSequenceNode seq:
                var all = true;
                foreach (var item in seq.Children) all &= CheckValues(item, key);
                return all;
            default:
                return true;
        }
    }

    /// <summary>The first line whose indentation contains a tab, which YAML forbids and editors hide.</summary>
    private static (int Line, int Column)? FindTabIndentation(string text)
    {
        var line = 1;
        var atLineStart = true;
        var column = 1;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
                column = 1;
                atLineStart = true;
                continue;
            }
            if (atLineStart && c == '\t') return (line, column);
            if (c != ' ' && c != '\r') atLineStart = false;
            column++;
        }
        return null;
    }

    private static (int Line, int Column) LastReadablePlace(string text)
    {
        var parser = new Parser(new StringReader(text));
        var mark = (Line: 1, Column: 1);
        try
        {
            while (parser.MoveNext())
            {
                if (parser.Current is { } e) mark = ((int)e.End.Line, (int)e.End.Column);
            }
        }
        catch (Exception)
        {
            // The place reached so far is the answer.
        }
        return mark;
    }

    /// <summary>The YAML library's messages, said in words a clerk can act on (the original stays in the English text).</summary>
    private static (string Ja, string En) Explain(string message)
    {
        bool Has(string s) => message.Contains(s, StringComparison.OrdinalIgnoreCase);
        if (message.StartsWith("Duplicate key", StringComparison.Ordinal))
        {
            var key = message["Duplicate key".Length..].Trim();
            return ($"項目「{key}」が2回書かれています", $"the key \"{key}\" is written twice");
        }
        if (Has("tab")) return ("タブ文字が使われています（字下げは半角スペースで書きます）", "a tab character is used (indent with spaces)");
        if (Has("quoted scalar")) return ("「\"」または「'」で始めた値が閉じられていません", "a value that starts with a quote is never closed");
        if (Has("found invalid mapping") || Has("mapping values are not allowed"))
        {
            return ("値の中に「: 」があります。「:」を含む値は全体を \"\" で囲みます", "a value contains \": \"; put the whole value in double quotes");
        }
        if (Has("did not find expected key") || Has("could not find expected ':'"))
        {
            return ("ここで「項目: 値」の形が崩れています（「:」の後の半角スペースがない、または字下げがずれています）",
                "the \"key: value\" form breaks here (no space after \":\", or the indentation is off)");
        }
        if (Has("'-' indicator") || Has("block collection")) return ("一覧（「- 」で始まる行）の字下げがそろっていません", "the items of a list (lines starting with \"- \") are not indented alike");
        if (Has("anchor") || Has("alias")) return ("値が「*」か「&」で始まっています。全体を \"\" で囲みます", "a value starts with \"*\" or \"&\"; put it in double quotes");
        if (Has("cannot start any token")) return ("値が「@」か「`」で始まっています。全体を \"\" で囲みます", "a value starts with \"@\" or \"`\"; put it in double quotes");
        if (Has("expected ',' or '}'") || Has("flow mapping")) return ("「{」が「}」で閉じられていません", "a \"{\" is never closed with \"}\"");
        if (Has("expected ',' or ']'") || Has("flow sequence")) return ("「[」が「]」で閉じられていません", "a \"[\" is never closed with \"]\"");
        return ("YAML として読めません", message);
    }

    /// <summary>Declares keys of <paramref name="map"/> that are read elsewhere or only in some cases.</summary>
    public void Known(YamlMappingNode map, params string[] keys)
    {
        if (!_asked.TryGetValue(map, out var set)) _asked[map] = set = new HashSet<string>(StringComparer.Ordinal);
        set.UnionWith(keys);
    }

    /// <summary>
    /// Warns about every key of a mapping read so far that the reader never asked for, naming the nearest
    /// known key. Call after reading the whole file.
    /// </summary>
    public void WarnUnknownKeys()
    {
        foreach (var (map, known) in _asked)
        {
            foreach (var key in map.Children.Keys.OfType<YamlScalarNode>())
            {
                var name = key.Value ?? "";
                if (known.Contains(name)) continue;
                _diagnostics.Add(Messages.YamlUnknownKey(At(key), name, Matching.Suggestion.Closest(name, known)));
            }
        }
    }

    public SourceLocation At(YamlNode node) => new(_file, (int)node.Start.Line + _lineOffset, (int)node.Start.Column);

    public YamlNode? Node(YamlMappingNode map, string key, bool required = true)
    {
        Known(map, key);
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
        _diagnostics.Add(Messages.YamlBadValue(At(node), key, "値を1つだけ書いてください", "expected a single value"));
        return null;
    }

    public int? Int(YamlMappingNode map, string key, bool required = true)
    {
        var text = Text(map, key, required);
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) return n;
        _diagnostics.Add(Messages.YamlBadValue(At(Node(map, key)!), key, $"「{text}」は整数ではありません（半角数字で書きます）", $"\"{text}\" is not a whole number (write half-width digits)"));
        return null;
    }

    public YamlMappingNode? Map(YamlMappingNode map, string key, bool required = true)
    {
        var node = Node(map, key, required);
        if (node is null) return null;
        if (node is YamlMappingNode m) return m;
        _diagnostics.Add(Messages.YamlBadValue(At(node), key, "字下げした「項目: 値」の行で書いてください", "expected indented \"key: value\" lines"));
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
                else _diagnostics.Add(Messages.YamlBadValue(At(item), key, "一覧の各項目は「項目: 値」の行で書きます", "each item must be \"key: value\" lines"));
            }
            return items;
        }
        _diagnostics.Add(Messages.YamlBadValue(At(node), key, "「- 」で始まる行の一覧で書いてください", "expected a list (lines starting with \"- \")"));
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
        _diagnostics.Add(Messages.YamlBadValue(At(node), key, "「- 」で始まる行の一覧で書いてください", "expected a list (lines starting with \"- \")"));
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
                _diagnostics.Add(Messages.YamlBadValue(At(node), key, "字下げした「ja:」と「en:」の行で書いてください", "expected indented \"ja:\" and \"en:\" lines"));
                return null;
        }
    }
}
