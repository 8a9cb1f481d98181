using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsCheck;
using Kyodo.Diagnostics;
using Kyodo.Engine;
using Kyodo.Loading;
using Kyodo.Loading.Csv;
using Kyodo.Loading.Rows;
using Kyodo.Loading.Yaml;
using Kyodo.Schema;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Loading;

/// <summary>
/// Issue 22.12: property-based tests (CsCheck) beside the fuzz corpus. Random text given to the CSV reader, the cell
/// rules, the YAML reader and the output-path rules either comes back as it went in or yields a diagnostic; it never
/// raises an exception. Each property runs a fixed number of samples on one thread (well under two seconds), from
/// a random seed that CsCheck prints, with the shrunk input, when a property fails.
/// </summary>
public sealed class PropertyTests
{
    private const int Iterations = 400;

    /// <summary>
    /// The characters that break text formats, with ordinary and Japanese ones, invisible and astral ones.
    /// </summary>
    private static readonly Gen<char> Awkward = Gen.Frequency(
        (6, Gen.Char["abcxyz019 -_.:/"]),
        (4, Gen.Char[",\"\n\r\t;#'{}[]&*!|>%@`\\"]),
        (3, Gen.Char["市民活動団体の事業を支援しますｐ１２３　、。「」"]),
        (2, Gen.Char["\0\u0001\u000B\u000C\u007F\u0085\u00A0\u00AD\u061C\u200B\u200D\u200E"
            + "\u2028\u2029\u202E\u2066\uFEFF\uFFFD"]),
        (1, Gen.Char));

    private static readonly Gen<string> Text = Awkward.Array[0, 40].Select(c => new string(c));

    /// <summary>Text a file may hold once decoded: no lone surrogates (strict UTF-8 decoding never yields one).
    /// </summary>
    private static readonly Gen<string> DecodedText =
        Text.Select(s => new string(s.Where(c => !char.IsSurrogate(c)).ToArray()));

    private static string Print(string s) => JsonSerializer.Serialize(s);

    [Fact]
    public void CsvReader_QuotedCells_RoundTrip()
    {
        var tables = DecodedText.Array[1, 4].Array[1, 6];
        tables.Sample(rows =>
        {
            var width = rows[0].Length;
            var table = rows.Select(r => Enumerable.Range(0, width).Select(i => i < r.Length ? r[i] : "").ToArray())
                .ToArray();
            static string Quoted(string c) => "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            var csv = string.Concat(table.Select(r => string.Join(',', r.Select(Quoted)) + "\r\n"));
            var diagnostics = new DiagnosticBag();

            var read = CsvTableReader.Read(csv, "t.csv", diagnostics);

            // A record that is one empty cell is a blank line to a spreadsheet, and is skipped like one (the header
            // too); a file of blank lines is empty (KY005).
            var kept = table.Where(r => r.Length > 1 || r[0].Length > 0).ToArray();
            if (kept.Length == 0)
            {
                Assert.Null(read);
                Assert.Equal("KY005", Assert.Single(diagnostics.Sorted()).Code);
                return;
            }
            Assert.NotNull(read);
            Assert.Empty(diagnostics.Sorted());
            // Line ends inside quoted cells are read as LF (the documented rule).
            string Lf(string s) => s.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
            Assert.Equal(kept[0].Select(Lf), read.Header.Select(c => c.Value));
            Assert.Equal(
                kept.Skip(1).Select(r => r.Select(Lf).ToArray()),
                read.Records.Select(r => r.Cells.Select(c => c.Value).ToArray()));
        }, iter: Iterations, threads: 1, print: r => Print(string.Join("|", r.Select(x => string.Join(",", x)))));
    }

    [Fact]
    public void CsvReader_AnyText_GivesATableOrADiagnostic_NeverAnException()
    {
        Awkward.Array[0, 200].Select(c => new string(c)).Sample(text =>
        {
            var diagnostics = new DiagnosticBag();

            var read = CsvTableReader.Read(text, "t.csv", diagnostics);

            if (read is null) Assert.True(diagnostics.HasErrors);
            else Assert.All(read.Records, r => Assert.True(r.Line >= 1));
        }, iter: Iterations, threads: 1, print: Print);
    }

    private static readonly FieldSpec[] Fields =
        Tables.All.SelectMany(t => t.Fields)
            .DistinctBy(f => (f.Type, string.Join(",", f.Allowed), f.Required)).ToArray();

    [Fact]
    public void CellRules_AnyValueOfAnyField_PassesOrIsReported_AndCleanTextIsStable()
    {
        Gen.Select(Gen.Int[0, Fields.Length - 1], Text).Sample((index, value) =>
        {
            var field = Fields[index];
            var diagnostics = new DiagnosticBag();
            var checkedValue = value;

            var at = new SourceLocation("t.csv", 2, 1, field.Name);
            var ok = CellRules.Check(field, ref checkedValue, at, diagnostics);

            Assert.Equal(!ok, diagnostics.HasErrors);
            if (!ok) return;
            // What the rules let through passes them again unchanged, with nothing more to say.
            var again = checkedValue;
            var second = new DiagnosticBag();
            Assert.True(CellRules.Check(field, ref again, at, second));
            Assert.Equal(checkedValue, again);
            Assert.Empty(second.Sorted());
            // Text comes through the text rules clean. (Codes the plan declares are checked against its list later.)
            if (field.Type is FieldType.Text or FieldType.Source)
            {
                Assert.DoesNotContain(TextRules.Find(checkedValue), f => f.Kind != TextCharacterKind.Allowed);
            }
        }, iter: Iterations * 5, threads: 1,
            print: t => $"{Fields[t.Item1].Name} ({Fields[t.Item1].Type}) {Print(t.Item2)}");
    }

    private static readonly JsonSerializerOptions YamlQuoting =
        new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void YamlReader_QuotedValues_RoundTripOrAreReported()
    {
        DecodedText.Array[1, 5].Sample(values =>
        {
            // A JSON string is a YAML double-quoted scalar: every value, whatever it holds, can be written so.
            var yaml = string.Concat(values.Select((v, i) => $"key{i}: {JsonSerializer.Serialize(v, YamlQuoting)}\n"));
            var diagnostics = new DiagnosticBag();

            var (reader, root) = YamlReader.Parse(yaml, "site.yaml", diagnostics);

            var refused = values.Any(v =>
                TextRules.Find(v).Any(f => f.Kind is TextCharacterKind.Control or TextCharacterKind.Invisible));
            if (refused)
            {
                Assert.Null(root);
                Assert.Contains(diagnostics.Sorted(), d => d.Code is "KY042" or "KY044");
                return;
            }
            Assert.NotNull(root);
            for (var i = 0; i < values.Length; i++)
            {
                var expected = string.Concat(
                    values[i].Where(c => TextRules.Classify(c) != TextCharacterKind.Removable));
                Assert.Equal(expected, reader.Text(root, $"key{i}"));
            }
            Assert.False(diagnostics.HasErrors);
        }, iter: Iterations, threads: 1, print: v => Print(string.Join("|", v)));
    }

    [Fact]
    public void YamlReader_AnyText_GivesATreeOrADiagnostic_NeverAnException()
    {
        var yamlish = Gen.Frequency((5, Awkward), (3, Gen.Char[": -\n  "])).Array[0, 120].Select(c => new string(c));
        yamlish.Sample(text =>
        {
            var diagnostics = new DiagnosticBag();

            var (_, root) = YamlReader.Parse(text, "site.yaml", diagnostics);

            if (root is null) Assert.True(diagnostics.HasErrors, "no root and no error");
        }, iter: Iterations, threads: 1, print: Print);
    }

    [Fact]
    public void OutputPaths_AnyPath_IsWrittenInsideTheFolderOrRefused()
    {
        using var temp = new TempDir();
        var root = Path.GetFullPath(temp.Path) + Path.DirectorySeparatorChar;
        var segment = Gen.Frequency(
            (5, Gen.Char["abcp019-_."].Array[1, 8].Select(c => new string(c))),
            (2, Gen.OneOf(
                "..", ".", "", "con", "nul.txt", "a:b", "a\\b", "~", "COM1", "x\0y", "a?", "<b>", "日本語", "\u202Eexe")),
            (1, Text));
        var paths = Gen.Frequency(
            (6, segment.Array[1, 5].Select(s => string.Join('/', s))),
            (1, segment.Array[1, 3].Select(s => "/" + string.Join('/', s))));
        paths.Sample(path =>
        {
            var output = new OutputSet();
            try
            {
                output.Add(path, Encoding.UTF8.GetBytes("x"));
            }
            catch (OutputPathException ex)
            {
                Assert.False(ex.IsConflict);
                Assert.NotNull(OutputSet.Unsafe(path));
                return;
            }
            Assert.Null(OutputSet.Unsafe(path));
            var full = Path.GetFullPath(Path.Combine(root, path));
            Assert.StartsWith(root, full, StringComparison.Ordinal);
            Assert.DoesNotContain("..", path.Split('/'));
        }, iter: Iterations * 5, threads: 1, print: Print);
    }

    [Fact]
    public void OutputFolder_AnyFolderName_IsAcceptedOrRefused_NeverAnException()
    {
        using var temp = new TempDir();
        temp.Write("kept/precious.txt", "a");
        var names = Gen.Frequency(
            // Names of dots only are the folder itself and its parent, not names a build is given.
            (3, Gen.Char["abc-_."].Array[1, 10].Select(c => new string(c)).Where(n => n.Trim('.').Length > 0)),
            (1, Gen.OneOf("kept", "kept/", "kept/precious.txt", ".", "missing/deeper")));
        names.Sample(name =>
        {
            var folder = temp.Combine(name);

            var refusal = OutputFolder.Check(folder);

            // Only a folder or file that holds something of someone's is refused; the temp folder holds only "kept".
            var holdsSomething = name.TrimEnd('/') is "kept" or "kept/precious.txt" or ".";
            Assert.Equal(holdsSomething, refusal is not null);
        }, iter: Iterations, threads: 1, print: Print);
    }
}
