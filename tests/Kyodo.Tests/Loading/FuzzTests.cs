using System.Text;
using Kyodo.Diagnostics;
using Kyodo.Loading;
using Kyodo.Loading.Csv;
using Kyodo.Loading.Rows;
using Kyodo.Schema;
using Kyodo.Schema.Mapping;
using Kyodo.Schema.Maps;
using Kyodo.Tests.Corpus;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Loading;

/// <summary>
/// Random and mutated bytes into every loader: whatever comes in, the answer is findings, never an
/// exception, and a loader that gives up always says why. Seeded, so a failure repeats exactly; the
/// failing input is written to a file named in the message.
/// </summary>
public sealed class FuzzTests
{
    private const int Seed = 1015;

    /// <summary>Characters that matter to the formats: separators, quotes, line ends, YAML and Markdown marks, odd Unicode.</summary>
    private static readonly string[] Pieces =
    [
        ",", "\"", "\"\"", "\n", "\r", "\r\n", "\t", " ", "\u3000", "\0", "\uFEFF", "\u200B", "\u2028", "\uFFFD",
        ":", ": ", "- ", "#", "{", "}", "[", "]", "&", "*", "!", "|", ">", "%", "@", "`", "'", "---\n", "\\",
        "<script>", "](javascript:x)", "[a]: javascript:x", "&#0;", "\uD800", "\uDC00", "😀", "令和", "２０２０",
        "", "-", "0", "-0", "1e5", "NaN", "99999999999999999999", "2147483648", "-2147483649", "1.2.3", ".5", "5.",
        "p001", "../x", "con", "17.99", "18", "0.1", ";", ";;", "recorded", "true", "2020", "1,200", "▲5",
    ];

    private static TableMap MapOf(string file) => TableMaps.Plan.Single(m => m.Spec.Name == Path.GetFileNameWithoutExtension(file));

    /// <summary>Reads a parsed table through its map: whether it was readable, and how many rows were left out.</summary>
    private sealed class ReadThrough(CsvTable table, DiagnosticBag bag) : ITableMapVisitor<(bool Readable, int Rejected)>
    {
        public (bool Readable, int Rejected) Visit<T>(TableMap<T> map)
        {
            var rows = TableReader.Read(table, map, bag);
            return (rows.Readable, rows.Readable ? table.Records.Count - rows.Rows.Count : 0);
        }
    }

    private static string SampleText(string relative) => File.ReadAllText(Path.Combine(Workspace.SampleRoot, relative));

    private static readonly string[] SampleTables = Directory.GetFiles(Path.Combine(Workspace.SampleRoot, "data", "sample"), "*.csv")
        .Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Mutates text the way typing, pasting and saving go wrong: inserts, deletions, duplicated and swapped lines.</summary>
    private static string Mutate(Random random, string text)
    {
        var sb = new StringBuilder(text);
        var edits = 1 + random.Next(4);
        for (var e = 0; e < edits; e++)
        {
            var at = sb.Length == 0 ? 0 : random.Next(sb.Length + 1);
            switch (random.Next(7))
            {
                case 0:
                    sb.Insert(at, Pieces[random.Next(Pieces.Length)]);
                    break;
                case 1:
                case 6:
                    // A whole cell (or YAML value) replaced, as when a clerk types over it.
                    var rows = sb.ToString().Split('\n');
                    var r = random.Next(rows.Length);
                    var cells = rows[r].Split(rows[r].Contains(',', StringComparison.Ordinal) ? ',' : ':');
                    cells[random.Next(cells.Length)] = Pieces[random.Next(Pieces.Length)];
                    rows[r] = string.Join(rows[r].Contains(',', StringComparison.Ordinal) ? ',' : ':', cells);
                    sb.Clear().Append(string.Join('\n', rows));
                    break;
                case 2:
                    if (sb.Length > 0) sb.Remove(Math.Min(at, sb.Length - 1), Math.Min(1 + random.Next(20), sb.Length - Math.Min(at, sb.Length - 1)));
                    break;
                case 3:
                    var lines = sb.ToString().Split('\n').ToList();
                    var i = random.Next(lines.Count);
                    lines.Insert(random.Next(lines.Count + 1), lines[i]);
                    sb.Clear().Append(string.Join('\n', lines));
                    break;
                case 4:
                    sb.Insert(at, (char)random.Next(0, 0x3100));
                    break;
                default:
                    if (sb.Length > 0) sb.Length = random.Next(sb.Length);
                    break;
            }
        }
        return sb.ToString();
    }

    private static byte[] MutateBytes(Random random, byte[] bytes)
    {
        var list = bytes.ToList();
        var edits = 1 + random.Next(4);
        for (var e = 0; e < edits; e++)
        {
            var at = list.Count == 0 ? 0 : random.Next(list.Count);
            switch (random.Next(4))
            {
                case 0 when list.Count > 0:
                    list[at] = (byte)random.Next(256);
                    break;
                case 1:
                    list.Insert(at, (byte)random.Next(256));
                    break;
                case 2 when list.Count > 0:
                    list.RemoveAt(at);
                    break;
                default:
                    list.InsertRange(at, new[] { new byte[] { 0xEF, 0xBB, 0xBF }, [0xFF, 0xFE], [0x82, 0xA0], [0xE3, 0x81], [0] }[random.Next(5)]);
                    break;
            }
        }
        return [.. list];
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(300)];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>Runs <paramref name="attempt"/>; an exception fails the test with the input saved for replay.</summary>
    private static void Survive(string target, int iteration, byte[] input, Action attempt)
    {
        try
        {
            attempt();
        }
        catch (Exception ex)
        {
            var file = Path.Combine(Path.GetTempPath(), $"kyodo-fuzz-{target}-{Seed}-{iteration}.bin");
            File.WriteAllBytes(file, input);
            Assert.Fail($"{target} threw on iteration {iteration} (input saved to {file}): {ex}");
        }
    }

    private static void AssertExplained(DiagnosticBag bag, bool gaveUp, string target, int iteration)
    {
        if (gaveUp) Assert.True(bag.HasErrors, $"{target} gave up without an error on iteration {iteration}");
        foreach (var d in bag.Sorted())
        {
            Assert.False(string.IsNullOrEmpty(d.Location.File), d.Format());
            Assert.False(string.IsNullOrWhiteSpace(d.MessageJa) || string.IsNullOrWhiteSpace(d.MessageEn) || string.IsNullOrWhiteSpace(d.FixJa) || string.IsNullOrWhiteSpace(d.FixEn), d.Format());
        }
    }

    [Fact]
    public void TextDecoder_RandomAndMutatedBytes_GivesTextOrFindings()
    {
        var random = new Random(Seed);
        var samples = SampleTables.Select(t => File.ReadAllBytes(Path.Combine(Workspace.SampleRoot, "data", "sample", t))).ToArray();
        for (var i = 0; i < 3000; i++)
        {
            var input = i % 3 == 0 ? RandomBytes(random) : MutateBytes(random, samples[random.Next(samples.Length)]);
            Survive("decoder", i, input, () =>
            {
                var bag = new DiagnosticBag();
                var text = TextDecoder.Decode(input, "t.csv", bag);
                AssertExplained(bag, text is null, "decoder", i);
                Assert.True(text is null || !bag.HasErrors);
            });
        }
    }

    [Fact]
    public void CsvReaderAndTableReader_MutatedTables_GiveRowsOrFindings()
    {
        var random = new Random(Seed + 1);
        for (var i = 0; i < 3000; i++)
        {
            var name = SampleTables[random.Next(SampleTables.Length)];
            var map = MapOf(name);
            var text = Mutate(random, SampleText(Path.Combine("data", "sample", name)));
            Survive("csv", i, Encoding.UTF8.GetBytes(text), () =>
            {
                var bag = new DiagnosticBag();
                var table = CsvTableReader.Read(text, name, bag);
                AssertExplained(bag, table is null, "csv", i);
                if (table is null) return;
                // Rows that pass their rules become typed records of the model without an exception.
                var (readable, rejected) = map.Accept(new ReadThrough(table, bag));
                AssertExplained(bag, !readable || rejected > 0, "table", i);
            });
        }
    }

    [Fact]
    public void CsvReader_RandomText_GivesTableOrFindings()
    {
        var random = new Random(Seed + 2);
        for (var i = 0; i < 3000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(60)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            Survive("csv-random", i, Encoding.UTF8.GetBytes(text), () =>
            {
                var bag = new DiagnosticBag();
                var table = CsvTableReader.Read(text, "t.csv", bag);
                AssertExplained(bag, table is null, "csv-random", i);
            });
        }
    }

    [Fact]
    public void YamlReaders_MutatedConfiguration_GiveConfigOrFindings()
    {
        var random = new Random(Seed + 3);
        var site = SampleText(Path.Combine("data", "site.yaml"));
        var plan = SampleText(Path.Combine("data", "sample", "plan.yaml"));
        for (var i = 0; i < 600; i++)
        {
            var siteText = Mutate(random, site);
            var planText = Mutate(random, plan);
            Survive("yaml", i, Encoding.UTF8.GetBytes(siteText + "\n#####\n" + planText), () =>
            {
                var bag = new DiagnosticBag();
                var s = SiteConfigReader.Read(siteText, "data/site.yaml", bag);
                AssertExplained(bag, s is null, "site.yaml", i);
                bag = new DiagnosticBag();
                var p = PlanConfigReader.Read(planText, "data/sample/plan.yaml", bag, "sample");
                AssertExplained(bag, p is null, "plan.yaml", i);
            });
        }
    }

    [Fact]
    public void ContentLoader_MutatedPages_GivesPagesOrFindings()
    {
        var random = new Random(Seed + 4);
        using var temp = new TempDir();
        var page = SampleText(Path.Combine("input", "ja", "about.md"));
        for (var i = 0; i < 200; i++)
        {
            var bytes = i % 4 == 0 ? MutateBytes(random, Encoding.UTF8.GetBytes(page)) : Encoding.UTF8.GetBytes(Mutate(random, page));
            Survive("content", i, bytes, () =>
            {
                Directory.CreateDirectory(temp.Combine("ja"));
                File.WriteAllBytes(temp.Combine("ja", "about.md"), bytes);
                var bag = new DiagnosticBag();
                var pages = ContentLoader.Load(temp.Path, new DataFiles(temp.Path, temp.Path, bag), bag);
                AssertExplained(bag, pages.Count == 0, "content", i);
                foreach (var content in pages) _ = Kyodo.Rendering.Markdown.ToHtml(content.Markdown, l => l);
            });
        }
    }

    [Fact]
    public void SiteLoader_MutatedCopyOfTheSample_GivesSiteOrFindings()
    {
        var random = new Random(Seed + 5);
        var candidates = Directory.GetFiles(Workspace.SampleRoot, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Workspace.SampleRoot, f)).Order(StringComparer.Ordinal).ToArray();
        using var w = new Workspace();
        for (var i = 0; i < 40; i++)
        {
            var changed = new List<byte>();
            var originals = new Dictionary<string, byte[]>();
            for (var n = 1 + random.Next(3); n > 0; n--)
            {
                var file = candidates[random.Next(candidates.Length)];
                if (!originals.ContainsKey(file)) originals[file] = File.ReadAllBytes(w.Full(file));
                var bytes = random.Next(4) == 0 ? MutateBytes(random, File.ReadAllBytes(w.Full(file))) : Encoding.UTF8.GetBytes(Mutate(random, w.Read(file)));
                w.WriteBytes(file, bytes);
                changed.AddRange(Encoding.UTF8.GetBytes($"\n===== {file}\n"));
                changed.AddRange(bytes);
            }
            Survive("site", i, [.. changed], () =>
            {
                var bag = new DiagnosticBag();
                var site = SiteLoader.Load(w.Paths, bag);
                AssertExplained(bag, site is null, "site", i);
            });
            foreach (var (file, bytes) in originals) w.WriteBytes(file, bytes);
        }
    }

    /// <summary>
    /// Not random: every awkward value in every column of every table of the sample, one at a time. Values
    /// the cell rules accept reach the model's typed accessors and the cross-table checks, so a few of those
    /// for every parsed column (numbers, years, lists, IDs) also go through the whole loader.
    /// </summary>
    [Fact]
    public void EveryAwkwardValueInEveryCell_GivesRowsOrFindings()
    {
        var accepted = new List<(string Table, int Line, string Column, string Piece)>();
        var tried = 0;
        foreach (var table in SampleTables)
        {
            var map = MapOf(table);
            var spec = map.Spec;
            var parsed = CsvTableReader.Read(SampleText(Path.Combine("data", "sample", table)), table, new DiagnosticBag())!;
            for (var c = 0; c < parsed.Header.Count; c++)
            {
                var field = spec.Field(parsed.Header[c].Value)!;
                foreach (var piece in Pieces)
                {
                    var record = parsed.Records[tried++ % parsed.Records.Count];
                    var cells = record.Cells.ToArray();
                    cells[c] = cells[c] with { Value = piece };
                    var changed = parsed with { Records = parsed.Records.Select(r => r == record ? new CsvRecord(r.Line, cells) : r).ToList() };
                    Survive("cells", tried, Encoding.UTF8.GetBytes($"{table} line {record.Line} {field.Name} = {piece}"), () =>
                    {
                        var bag = new DiagnosticBag();
                        var (readable, rejected) = map.Accept(new ReadThrough(changed, bag));
                        AssertExplained(bag, !readable || rejected > 0, $"cells ({table} {field.Name} = \"{piece}\")", tried);
                        // Values that are parsed further (numbers, years, lists, IDs); free text and sources are kept as written.
                        if (rejected == 0 && field.Type is not (FieldType.Text or FieldType.Source) && field.AllowedFromConfig is null
                            && accepted.Count(a => a.Table == table && a.Column == field.Name) < 4)
                        {
                            accepted.Add((table, record.Line, field.Name, piece));
                        }
                    });
                }
            }
        }

        using var w = new Workspace();
        foreach (var (table, line, column, piece) in accepted)
        {
            var relative = Path.Combine("data", "sample", table);
            var original = w.Read(relative);
            w.SetCell(relative, line, column, piece);
            Survive("accepted", tried, Encoding.UTF8.GetBytes($"{table} line {line} {column} = {piece}"), () =>
            {
                var bag = new DiagnosticBag();
                var site = SiteLoader.Load(w.Paths, bag);
                AssertExplained(bag, site is null, $"accepted ({table} {column} = \"{piece}\")", tried);
            });
            w.Write(relative, original);
        }
        Assert.True(tried > 5000 && accepted.Count > 20, $"{tried} cells tried, {accepted.Count} accepted values loaded");
    }

    [Fact]
    public void SiteLoader_MutatedCopyOfTheShippedData_GivesSiteOrFindings()
    {
        var random = new Random(Seed + 6);
        var tables = Directory.GetFiles(Path.Combine(Repo.Root, "data"), "*.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < 3; i++)
        {
            using var temp = new TempDir();
            TempDir.CopyTree(Path.Combine(Repo.Root, "data"), temp.Combine("data"));
            TempDir.CopyTree(Path.Combine(Repo.Root, "input"), temp.Combine("input"));
            var file = tables[random.Next(tables.Length)];
            var target = temp.Combine(Path.GetRelativePath(Repo.Root, file));
            var text = Mutate(random, File.ReadAllText(target));
            File.WriteAllText(target, text);
            Survive("shipped", i, Encoding.UTF8.GetBytes(text), () =>
            {
                var bag = new DiagnosticBag();
                var site = SiteLoader.Load(SitePaths.For(temp.Path), bag);
                AssertExplained(bag, site is null, "shipped", i);
            });
        }
    }
}
