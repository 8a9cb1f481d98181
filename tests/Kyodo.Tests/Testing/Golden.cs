using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;

namespace Kyodo.Tests.Testing;

/// <summary>
/// Golden files: expected output kept in the repository (tests/Kyodo.Tests/Golden), compared after
/// normalizing, so that any change to a page shows up as a reviewable diff. Run the tests with
/// KYODO_UPDATE_GOLDEN=1 to rewrite the files from the current output, then review the diff in git.
/// </summary>
public static class Golden
{
    public static string Folder => Path.Combine(Repo.Root, "tests", "Kyodo.Tests", "Golden");

    public static bool Updating => Environment.GetEnvironmentVariable("KYODO_UPDATE_GOLDEN") is "1" or "true";

    /// <summary>The HTML parsed and written back one element per line, indented, so diffs read line by line.</summary>
    public static string NormalizeHtml(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        using var writer = new StringWriter { NewLine = "\n" };
        document.ToHtml(writer, new PrettyMarkupFormatter { Indentation = "  ", NewLine = "\n" });
        var lines = writer.ToString().Split('\n').Select(l => l.TrimEnd()).Where(l => l.Trim().Length > 0);
        return string.Join("\n", lines) + "\n";
    }

    /// <summary>Compares <paramref name="actual"/> with the golden file <paramref name="name"/> (or writes it when updating).</summary>
    public static void Match(string name, string actual)
    {
        var path = Path.Combine(Folder, name);
        if (Updating)
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllText(path, actual, new UTF8Encoding(false));
            return;
        }
        Assert.True(File.Exists(path), $"Golden file {name} is missing. Run the tests with KYODO_UPDATE_GOLDEN=1 to create it, then review it.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected == actual) return;

        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var first = Enumerable.Range(0, Math.Min(e.Length, a.Length)).FirstOrDefault(i => e[i] != a[i], Math.Min(e.Length, a.Length));
        var context = new StringBuilder();
        for (var i = Math.Max(0, first - 3); i < Math.Min(Math.Max(e.Length, a.Length), first + 6); i++)
        {
            if (i < e.Length && (i >= a.Length || e[i] != a[i])) context.Append("- ").Append(i + 1).Append(": ").AppendLine(e[i]);
            if (i < a.Length && (i >= e.Length || e[i] != a[i])) context.Append("+ ").Append(i + 1).Append(": ").AppendLine(a[i]);
            if (i < e.Length && i < a.Length && e[i] == a[i]) context.Append("  ").Append(i + 1).Append(": ").AppendLine(e[i]);
        }
        Assert.Fail($"{name} differs from its golden file from line {first + 1} ({e.Length} lines expected, {a.Length} now):\n{context}" +
                    "If the change is intended, run the tests with KYODO_UPDATE_GOLDEN=1 and review the diff of tests/Kyodo.Tests/Golden.");
    }
}
