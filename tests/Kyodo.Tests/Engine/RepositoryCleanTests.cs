using Kyodo.Pipelines;
using System.Text.Json.Nodes;
using Kyodo.Engine;
using Kyodo.Tests.Corpus;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Engine;

/// <summary>
/// Issue 22.11: a build never modifies the repository it builds. The Node tools are installed by <c>npm ci</c>,
/// which keeps to the lock file; <c>npm install</c> rewrote an incomplete lock on a fresh clone.
/// </summary>
public sealed class RepositoryCleanTests
{
    private static string Git(string folder, params string[] arguments)
    {
        var (code, output) = NodeTools.Run(folder, "git", arguments);
        Assert.True(code == 0, $"git {string.Join(' ', arguments)}: {output}");
        return output;
    }

    /// <summary>Makes <paramref name="folder"/> a repository with everything in it committed.</summary>
    private static void Commit(string folder)
    {
        File.Copy(Path.Combine(Repo.Root, ".gitignore"), Path.Combine(folder, ".gitignore"), overwrite: true);
        Git(folder, "init", "-q");
        Git(folder, "add", "-A");
        Git(folder, "-c", "user.name=test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "data");
    }

    private static string Status(string folder) => Git(folder, "status", "--porcelain", "--untracked-files=all").Trim();

    [Fact]
    public void InstallingTheNodeTools_FromALockMissingOtherSystemsBinaries_NeverRewritesTheLock()
    {
        using var temp = new TempDir();
        File.Copy(Path.Combine(Repo.Root, "package.json"), temp.Combine("package.json"));
        // The lock as a fresh clone once had it: Pagefind's binary for this system only. npm install added the
        // other systems' entries (+65 lines of a tracked file); the build must leave the file as it is.
        var lockFile = JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Root, "package-lock.json")))!;
        var packages = lockFile["packages"]!.AsObject();
        var otherSystems = packages.Select(p => p.Key)
            .Where(k => k.StartsWith("node_modules/@pagefind/", StringComparison.Ordinal))
            .Where(k => k != "node_modules/@pagefind/linux-x64")
            .ToList();
        foreach (var name in otherSystems) packages.Remove(name);
        var json = lockFile.ToJsonString(new() { WriteIndented = true });
        File.WriteAllText(temp.Combine("package-lock.json"), json + "\n");
        Commit(temp.Path);

        NodeTools.EnsureInstalled(temp.Path);

        Assert.Equal("", Status(temp.Path));
    }

    [Fact]
    public void Build_WithTheNodeTools_LeavesTheRepositoryAsItWas()
    {
        using var w = new Workspace();
        File.Copy(Path.Combine(Repo.Root, "package.json"), w.Full("package.json"));
        File.Copy(Path.Combine(Repo.Root, "package-lock.json"), w.Full("package-lock.json"));
        Commit(w.Root);

        var options = new BuildOptions { OutputDirectory = w.Full("_site"), RunNodeTools = true };
        var result = SiteBuilder.Build(w.Paths, options);

        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        Assert.True(File.Exists(w.Full("_site/pagefind/pagefind.js")));
        Assert.Equal("", Status(w.Root));
    }
}
