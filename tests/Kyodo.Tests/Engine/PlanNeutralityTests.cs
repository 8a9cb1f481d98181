using System.Text.RegularExpressions;
using Kyodo.Diagnostics;
using Kyodo.Loading;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Engine;

/// <summary>
/// The code serves any plan: what differs between plans is declared in data/, so neither the code nor the
/// theme may name a published plan, its city or the ID of one of its documents (as a branch, a string or a comment).
/// </summary>
public sealed class PlanNeutralityTests
{
    private static readonly string[] Scanned = ["src", "theme"];

    [Fact]
    public void CodeAndTheme_NeverNameAPublishedPlan()
    {
        var site = SiteLoader.Load(Repo.Paths, new DiagnosticBag())!;
        var names = site.Plans.SelectMany(p => new[] { p.Id, p.Config.City.Ja, p.Config.City.En ?? "" }
                .Concat(p.Sources.Select(s => s.Id)))
            .Where(n => n.Length > 0)
            // "Koriyama City" → also "Koriyama": a city's name without the word for city.
            .SelectMany(n => new[] { n, Regex.Replace(n, "( City|市)$", "") })
            .Distinct().ToList();
        var files = Scanned
            .SelectMany(dir => Directory.GetFiles(Path.Combine(Repo.Root, dir), "*", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => Path.GetExtension(f) is ".cs" or ".razor" or ".css" or ".js" or ".json" or ".csproj")
            .ToList();

        var found = files
            .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .SelectMany(l => names.Where(n => l.Text.Contains(n, StringComparison.OrdinalIgnoreCase))
                .Select(n => $"{Path.GetRelativePath(Repo.Root, l.File)}:{l.Line}: \"{n}\""))
            .ToList();

        Assert.True(site.Plans.Count >= 2, "the check needs the published plans");
        Assert.True(files.Count > 50, $"only {files.Count} files scanned");
        Assert.Empty(found);
    }
}
