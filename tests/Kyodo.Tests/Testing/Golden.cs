using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;

namespace Kyodo.Tests.Testing;

/// <summary>
/// Golden files under tests/Kyodo.Tests/Golden: expected output kept in the repository so that a change
/// shows as a diff to review. Run the tests with KYODO_UPDATE_GOLDEN=1 to rewrite them from the output.
/// </summary>
public static class Golden
{
    public static string Folder => Path.Combine(Repo.Root, "tests", "Kyodo.Tests", "Golden");

    public static bool Updating => Environment.GetEnvironmentVariable("KYODO_UPDATE_GOLDEN") == "1";

    public static void Assert(string name, byte[] actual)
    {
        var path = Path.Combine(Folder, name);
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, actual);
            return;
        }
        Xunit.Assert.True(File.Exists(path), $"Golden file {name} is missing: run the tests with KYODO_UPDATE_GOLDEN=1 to create it, then review it.");
        var expected = File.ReadAllBytes(path);
        if (expected.AsSpan().SequenceEqual(actual)) return;
        Xunit.Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual));
        Xunit.Assert.Fail($"{name}: same text, different bytes (line ends or encoding).");
    }

    /// <summary>The HTML parsed and written back one element per line, indented, so diffs read line by line.</summary>
    public static string NormalizeHtml(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        using var writer = new StringWriter { NewLine = "\n" };
        document.ToHtml(writer, new PrettyMarkupFormatter { Indentation = "  ", NewLine = "\n" });
        var lines = writer.ToString().Split('\n').Select(l => l.TrimEnd()).Where(l => l.Trim().Length > 0);
        return string.Join("\n", lines) + "\n";
    }

    /// <summary>
    /// Compares a text output (normalized HTML) with its golden file, or writes it when updating; a difference
    /// fails with the first changed lines and how to update.
    /// </summary>
    public static void Match(string name, string actual)
    {
        var path = Path.Combine(Folder, name);
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual, new UTF8Encoding(false));
            return;
        }
        Xunit.Assert.True(File.Exists(path), $"Golden file {name} is missing: run the tests with KYODO_UPDATE_GOLDEN=1 to create it, then review it.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected == actual) return;

        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var common = Math.Min(e.Length, a.Length);
        var first = Enumerable.Range(0, common).FirstOrDefault(i => e[i] != a[i], common);
        var context = new StringBuilder();
        for (var i = Math.Max(0, first - 3); i < Math.Min(Math.Max(e.Length, a.Length), first + 6); i++)
        {
            var same = i < e.Length && i < a.Length && e[i] == a[i];
            if (same) context.Append("  ").Append(i + 1).Append(": ").AppendLine(e[i]);
            if (!same && i < e.Length) context.Append("- ").Append(i + 1).Append(": ").AppendLine(e[i]);
            if (!same && i < a.Length) context.Append("+ ").Append(i + 1).Append(": ").AppendLine(a[i]);
        }
        Xunit.Assert.Fail($"{name} differs from its golden file from line {first + 1} ({e.Length} lines expected, {a.Length} now):\n{context}" +
                          "If the change is intended, run the tests with KYODO_UPDATE_GOLDEN=1 and review the diff of tests/Kyodo.Tests/Golden.");
    }
}
