using System.Diagnostics;
using Kyodo.Tests.Corpus;

namespace Kyodo.Tests.Cli;

/// <summary>The commands as a clerk runs them: exit codes, what is printed, and what is left on disk.</summary>
public sealed class CommandLineTests
{
    private static (int Code, string Out, string Err) Kyodo(string workingDirectory, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Kyodo.Cli.dll"));
        foreach (var a in arguments) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "kyodo did not finish");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f),
            f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

    [Fact]
    public void Build_BrokenData_ExitsNonZero_ListsEveryErrorInBothLanguages_AndKeepsThePreviousSite()
    {
        using var w = new Workspace();
        w.CopyTheme();
        var good = Kyodo(w.Root, "build", "--no-search");
        Assert.True(good.Code == 0, good.Err);
        var site = w.Full("_site");
        var before = Snapshot(site);
        Assert.Contains("index.html", before.Keys);

        CorpusCases.Get("many/all-errors-in-one-run").Arrange(w);
        var bad = Kyodo(w.Root, "build", "--no-search");

        Assert.Equal(1, bad.Code);
        foreach (var code in new[] { "KY060", "KY002", "KY050", "KY063", "KY035" }) Assert.Contains(code, bad.Err);
        Assert.Contains("data/sample/project_years.csv 3行目 2列目（B列・year）", bad.Err);
        Assert.Contains("西暦では 2020 年度です", bad.Err);
        Assert.Contains("直し方:", bad.Err);
        Assert.Contains("In the Western calendar that is 2020.", bad.Err);
        Assert.Contains("Fix:", bad.Err);
        Assert.Contains("エラー 5 件", bad.Err);
        Assert.Contains("5 error(s)", bad.Err);
        Assert.Contains("output folder was not changed", bad.Err);
        Assert.Equal(before, Snapshot(site));
        Assert.False(Directory.Exists(site + ".staging"));
    }

    [Fact]
    public void Validate_BrokenData_ExitsNonZeroAndWritesNothing_InTheChosenLanguage()
    {
        using var w = new Workspace();
        CorpusCases.Get("years/wareki-reiwa").Arrange(w);
        var files = Directory.GetFiles(w.Root, "*", SearchOption.AllDirectories).Length;

        var ja = Kyodo(w.Root, "validate", "--lang", "ja");
        var en = Kyodo(w.Root, "validate", "--lang", "en");

        Assert.Equal(1, ja.Code);
        Assert.Equal(1, en.Code);
        Assert.Contains("令和2年度", ja.Err);
        Assert.Contains("直し方", ja.Err);
        Assert.DoesNotContain("Fix:", ja.Err);
        Assert.Contains("error KY035: data/sample/project_years.csv, line 3, column 2 (B: year)", en.Err);
        Assert.DoesNotContain("直し方", en.Err);
        Assert.Equal(files, Directory.GetFiles(w.Root, "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void Validate_SampleData_ExitsZero()
    {
        using var w = new Workspace();

        var result = Kyodo(w.Root, "validate");

        Assert.True(result.Code == 0, result.Err);
        Assert.Contains("エラー 0 件", result.Out);
    }

    [Fact]
    public void Urls_Add_OnlyAddsToTheList_AndReportsUrlsThatWouldVanish()
    {
        using var w = new Workspace();
        w.CopyTheme();
        w.Write("data/published-urls.txt", "# the city's list\n/old-page/\n");

        var add = Kyodo(w.Root, "urls", "--add");
        var text = w.Read("data/published-urls.txt");
        var again = Kyodo(w.Root, "urls", "--add");

        Assert.Equal(1, add.Code);
        Assert.Contains("KY070", add.Err);
        Assert.Contains("/old-page/", add.Err);
        Assert.StartsWith("# the city's list\n/\n", text, StringComparison.Ordinal);
        Assert.Contains("\n/old-page/\n", text);
        Assert.Contains("\n/projects/p003/\n", text);
        Assert.Contains("\n/en/projects/p003/\n", text);
        Assert.Equal(text, w.Read("data/published-urls.txt"));
        Assert.Contains("新しい new: 0", again.Out);
        Assert.Empty(Directory.GetFiles(w.Full("data"), ".*.tmp"));

        // Removing a URL is a deliberate edit of the list, never something the command does.
        w.Write("data/published-urls.txt", text.Replace("/old-page/\n", "", StringComparison.Ordinal));
        Assert.Equal(0, Kyodo(w.Root, "urls").Code);
    }
}
