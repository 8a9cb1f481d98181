using System.Text;
using System.Text.Json;
using Kyodo.Diagnostics;
using Kyodo.Loading.Csv;
using Kyodo.Schema;
using YamlDotNet.RepresentationModel;

namespace Kyodo.Tests.Testing;

/// <summary>
/// Puts hostile strings into every text a city's data can carry: every text column of every table, every
/// ja/en text of site.yaml and plan.yaml, every Markdown page (front matter and body).
/// </summary>
public static class HostileData
{
    /// <summary>Markup, attribute break-outs, script URLs, XML and template specials in one string.</summary>
    public const string Payload =
        "<script>alert(1)</script>\"><img src=x onerror=alert(1)>' onmouseover='alert(1)' x=' " +
        "</script><svg onload=alert(1)><a href=\"javascript:alert(1)\">j</a> javascript:alert(1) " +
        "]]><!-- --> & &amp; &#x3C; {{7*7}} ${7*7} </textarea></title></style>";

    /// <summary>Cells that begin like a spreadsheet formula.</summary>
    public static readonly string[] Formulas =
    [
        "=HYPERLINK(\"https://example.com\",\"x\")", "+1+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0",
    ];

    /// <summary>
    /// Markdown that tries raw HTML, handlers and quotes in URLs. (Line and paragraph separators, U+2028 and U+2029,
    /// are refused in every input by the text rules, so they cannot reach a page; TextRulesTests holds that.)
    /// </summary>
    public const string MarkdownPayload =
        "\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n" +
        "Inline <a href=\"javascript:alert(1)\">x</a> and <span onmouseover=\"alert(1)\">y</span>.\n\n" +
        "[a link with quotes](https://example.com/\"onmouseover=\"alert(1)) and ![image](https://example.com/x.png\"onerror=\"alert(1))\n\n" +
        "Separators: </script> ]]> &\n\n" +
        "| a | b |\n|---|---|\n| <script>alert(1)</script> | \"><img src=x onerror=alert(1)> |\n";

    /// <summary>Rewrites the data folder and the content folder in place; returns how many texts were changed.</summary>
    public static int Poison(string dataDirectory, string inputDirectory)
    {
        var changed = 0;
        foreach (var file in Directory.GetFiles(dataDirectory, "*.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var spec = name == "sdgs" ? Tables.SdgGoals : Tables.All.FirstOrDefault(t => t.Name == name);
            if (spec is not null) changed += PoisonTable(file, spec);
        }
        foreach (var file in Directory.GetFiles(dataDirectory, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            changed += PoisonYaml(file);
        }
        foreach (var file in Directory.GetFiles(inputDirectory, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            changed += PoisonMarkdown(file);
        }
        return changed;
    }

    private static int PoisonTable(string file, TableSpec spec)
    {
        var table = CsvTableReader.Read(File.ReadAllText(file), file, new DiagnosticBag()) ?? throw new InvalidOperationException(file);
        var header = table.Header.Select(h => h.Value).ToList();
        // Free-text columns: codes, IDs, numbers and colours are checked by the loader and cannot carry markup
        // (nor can partners, a list of partners.csv IDs checked against that table); a text that is part of a
        // row's key (summaries' cell key) would make every row the same row.
        var columns = header.Select((h, i) => (Field: spec.Field(h), Index: i))
            .Where(c => c.Field is { Type: FieldType.Text } && c.Field.Name is not ("colour" or "partners") && !spec.PrimaryKey.Contains(c.Field.Name))
            .Select(c => c.Index).ToHashSet();
        var counter = 0;
        var sb = new StringBuilder(string.Join(',', header.Select(Quote))).Append('\n');
        foreach (var record in table.Records)
        {
            var cells = record.Cells.Select((c, i) =>
            {
                // An empty optional text stays empty: filling it can change what the row means (a stated current value needs its year).
                if (!columns.Contains(i) || c.Value.Length == 0) return c.Value;
                var n = counter++;
                return (n % 3) switch
                {
                    0 => c.Value + " " + Payload,
                    1 => Payload,
                    _ => Formulas[n / 3 % Formulas.Length] + " " + Payload,
                };
            });
            sb.Append(string.Join(',', cells.Select(Quote))).Append('\n');
        }
        File.WriteAllText(file, sb.ToString(), new UTF8Encoding(false));
        return counter;
    }

    private static int PoisonYaml(string file)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(file)));
        var count = 0;
        void Visit(YamlNode node)
        {
            switch (node)
            {
                case YamlMappingNode map:
                    foreach (var (key, value) in map.Children)
                    {
                        if (key is YamlScalarNode { Value: "ja" or "en" } && value is YamlScalarNode scalar)
                        {
                            scalar.Value = scalar.Value + " " + Payload;
                            scalar.Style = YamlDotNet.Core.ScalarStyle.DoubleQuoted;
                            count++;
                        }
                        else
                        {
                            Visit(value);
                        }
                    }
                    break;
                case YamlSequenceNode seq:
                    foreach (var item in seq.Children) Visit(item);
                    break;
            }
        }
        Visit(stream.Documents[0].RootNode);
        using var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);
        File.WriteAllText(file, writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('.', '\n') + "\n", new UTF8Encoding(false));
        return count;
    }

    private static int PoisonMarkdown(string file)
    {
        var text = File.ReadAllText(file).ReplaceLineEndings("\n");
        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        var front = text[4..(end + 1)].Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.StartsWith("title:", StringComparison.Ordinal) || line.StartsWith("description:", StringComparison.Ordinal)
                ? line[..(line.IndexOf(':') + 1)] + " " + JsonSerializer.Serialize(line[(line.IndexOf(':') + 1)..].Trim() + " " + Payload)
                : line);
        var body = text[(text.IndexOf('\n', end + 1) + 1)..];
        File.WriteAllText(file, "---\n" + string.Join('\n', front) + "\n---\n" + body + MarkdownPayload, new UTF8Encoding(false));
        return 3;
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
