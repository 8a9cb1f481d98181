using System.Text;
using Kyodo.Diagnostics;
using Kyodo.Loading;
using Kyodo.Loading.Csv;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Corpus;

/// <summary>
/// A writable copy of the small sample data set (Corpus/Sample) in a temporary folder, with the edits a
/// clerk makes by mistake: saving in another encoding, deleting a column, typing into a cell.
/// Paths are relative to the copy's root ("data/sample/projects.csv", "input/ja/about.md").
/// </summary>
public sealed class Workspace : IDisposable
{
    public static string SampleRoot => Path.Combine(Repo.Root, "tests", "Kyodo.Tests", "Corpus", "Sample");

    private readonly TempDir _temp = new();

    static Workspace() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public Workspace()
    {
        TempDir.CopyTree(SampleRoot, _temp.Path);
    }

    public string Root => _temp.Path;

    /// <summary>Copies the repository's theme in, for commands run with --root on the workspace.</summary>
    public void CopyTheme() => TempDir.CopyTree(Path.Combine(Repo.Root, "theme"), Full("theme"));

    /// <summary>Where a build reads from; the theme is the repository's own.</summary>
    public SitePaths Paths => new(Root, Path.Combine(Root, "data"), Path.Combine(Root, "input"), Path.Combine(Repo.Root, "theme"));

    public string Full(string relative) => Path.Combine(Root, relative);

    public string Read(string relative) => File.ReadAllText(Full(relative));

    public void Write(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Full(relative))!);
        File.WriteAllText(Full(relative), text, new UTF8Encoding(false));
    }

    public void WriteBytes(string relative, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Full(relative))!);
        File.WriteAllBytes(Full(relative), bytes);
    }

    public void Delete(string relative) => File.Delete(Full(relative));

    /// <summary>Replaces the one occurrence of <paramref name="old"/>; fails the test when it is not there exactly once.</summary>
    public void Replace(string relative, string old, string replacement)
    {
        var text = Read(relative);
        var first = text.IndexOf(old, StringComparison.Ordinal);
        if (first < 0 || text.IndexOf(old, first + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"\"{old}\" must occur exactly once in {relative}");
        }
        Write(relative, text[..first] + replacement + text[(first + old.Length)..]);
    }

    /// <summary>Replaces physical line <paramref name="line"/> (1-based) of a text file.</summary>
    public void ReplaceLine(string relative, int line, string text)
    {
        var lines = Read(relative).Split('\n').ToList();
        lines[line - 1] = text;
        Write(relative, string.Join('\n', lines));
    }

    public void AppendLine(string relative, string line)
    {
        var text = Read(relative);
        Write(relative, text + (text.EndsWith('\n') ? "" : "\n") + line + "\n");
    }

    /// <summary>Sets one cell of a CSV file, addressed by the record's first line and the column name.</summary>
    public void SetCell(string relative, int line, string column, string value) =>
        EditCsv(relative, (header, records) =>
        {
            var index = header.IndexOf(column);
            if (index < 0) throw new InvalidOperationException($"{relative} has no column {column}");
            var record = records.Single(r => r.Line == line);
            record.Cells[index] = value;
        });

    /// <summary>Removes a column from the header and every row of a CSV file.</summary>
    public void DeleteColumn(string relative, string column) =>
        EditCsv(relative, (header, records) =>
        {
            var index = header.IndexOf(column);
            header.RemoveAt(index);
            foreach (var r in records) r.Cells.RemoveAt(index);
        });

    /// <summary>Renames a column in the header of a CSV file.</summary>
    public void RenameColumn(string relative, string column, string newName) =>
        EditCsv(relative, (header, _) => header[header.IndexOf(column)] = newName);

    /// <summary>Re-saves every text file with another line ending ("\r\n", "\r").</summary>
    public void ConvertLineEndings(string newline)
    {
        foreach (var file in Directory.GetFiles(Root, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file).ReplaceLineEndings("\n");
            File.WriteAllText(file, text.Replace("\n", newline, StringComparison.Ordinal), new UTF8Encoding(false));
        }
    }

    /// <summary>Re-saves a file in another encoding (Shift_JIS is code page 932), optionally with its byte order mark.</summary>
    public void Reencode(string relative, Encoding encoding, bool bom)
    {
        var text = Read(relative);
        WriteBytes(relative, [.. bom ? encoding.GetPreamble() : [], .. encoding.GetBytes(text)]);
    }

    public static Encoding ShiftJis => Encoding.GetEncoding(932);

    private sealed record EditableRecord(int Line, List<string> Cells);

    private void EditCsv(string relative, Action<List<string>, List<EditableRecord>> edit)
    {
        var bag = new DiagnosticBag();
        var table = CsvTableReader.Read(Read(relative), relative, bag) ?? throw new InvalidOperationException($"{relative} is not valid CSV");
        var header = table.Header.Select(c => c.Value).ToList();
        var records = table.Records.Select(r => new EditableRecord(r.Line, r.Cells.Select(c => c.Value).ToList())).ToList();
        edit(header, records);
        var sb = new StringBuilder();
        sb.Append(string.Join(',', header.Select(Quote))).Append('\n');
        foreach (var r in records) sb.Append(string.Join(',', r.Cells.Select(Quote))).Append('\n');
        Write(relative, sb.ToString());
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    public void Dispose() => _temp.Dispose();
}
