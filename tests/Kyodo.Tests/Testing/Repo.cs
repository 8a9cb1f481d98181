using Kyodo.Loading;

namespace Kyodo.Tests.Testing;

/// <summary>Paths of the repository the tests run in.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static SitePaths Paths => SitePaths.For(Root);

    /// <summary>The city's source documents, beside the repository (present in CI).</summary>
    public static string Seeds => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Kyodo.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Kyodo.sln not found above " + AppContext.BaseDirectory);
    }
}
