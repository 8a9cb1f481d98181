using System.Text;
using Kyodo.Engine;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Engine;

public sealed class SafeWriteTests
{
    private static SafeWrite.Item Item(TempDir temp, string name, string text) => new(temp.Combine(name), Encoding.UTF8.GetBytes(text), name);

    [Fact]
    public void WriteAll_TargetExistsWithoutOverwrite_RefusesEveryFileAndWritesNothing()
    {
        using var temp = new TempDir();
        temp.Write("projects.csv", "id,note_ja,note_en\np001,,\n");

        var findings = SafeWrite.WriteAll([Item(temp, "new.csv", "x"), Item(temp, "projects.csv", "id\n")], overwrite: false);

        Assert.Equal("KY097", Assert.Single(findings).Code);
        Assert.Equal("projects.csv", findings[0].Location.File);
        Assert.Equal("id,note_ja,note_en\np001,,\n", File.ReadAllText(temp.Combine("projects.csv")));
        Assert.False(File.Exists(temp.Combine("new.csv")));
        Assert.Equal(["projects.csv"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void WriteAll_WithOverwrite_ReplacesAndLeavesNoTemporaryFiles()
    {
        using var temp = new TempDir();
        temp.Write("a.csv", "old");

        var findings = SafeWrite.WriteAll([Item(temp, "a.csv", "new"), Item(temp, "sub/b.csv", "b")], overwrite: true);

        Assert.Empty(findings);
        Assert.Equal("new", File.ReadAllText(temp.Combine("a.csv")));
        Assert.Equal("b", File.ReadAllText(temp.Combine("sub", "b.csv")));
        Assert.Equal(["a.csv", "sub/b.csv"], Directory.GetFiles(temp.Path, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(temp.Path, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void WriteAll_OneFileCannotBeWritten_RestoresEveryOtherFile()
    {
        using var temp = new TempDir();
        temp.Write("a.csv", "original");
        Directory.CreateDirectory(temp.Combine("b.csv"));

        // Given a set whose second target is a folder (it cannot be replaced by a file)
        var findings = SafeWrite.WriteAll([Item(temp, "a.csv", "changed"), Item(temp, "b.csv", "b")], overwrite: true);

        Assert.Equal("KY098", Assert.Single(findings).Code);
        Assert.Equal("original", File.ReadAllText(temp.Combine("a.csv")));
        Assert.True(Directory.Exists(temp.Combine("b.csv")));
        Assert.Equal(["a.csv"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
    }
}
