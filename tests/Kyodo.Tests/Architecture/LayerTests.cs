using ArchUnitNET.Domain;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace Kyodo.Tests.Architecture;

/// <summary>
/// The library's folders form layers whose arrows run one way (docs/architecture.md draws them). A new
/// dependency against the order, or a cycle between two folders, fails here with the types that cause it.
/// </summary>
public sealed class LayerTests
{
    private static readonly System.Reflection.Assembly Library = typeof(Kyodo.Model.Plan).Assembly;

    private static readonly ArchUnitNET.Domain.Architecture House = new ArchLoader().LoadAssemblies(Library).Build();

    /// <summary>Bottom first. A folder may use the folders of lower layers, never those of higher ones.</summary>
    public static readonly string[][] Layers =
    [
        ["Model"],
        ["Diagnostics", "Matching", "Routing"],
        ["Schema"],
        ["Validation", "Processing", "Localization"],
        ["Rendering"],
        ["Loading"],
        ["Charts", "Publishing", "Imaging", "Audit"],
        ["Xlsx"],
        ["Theme", "Engine"],
        ["Pipelines", "Scaffolding", "Synthesis"],
    ];

    /// <summary>The library's folders and the folders each one uses, from the compiled types' dependencies.</summary>
    public static Dictionary<string, HashSet<string>> FolderGraph()
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in House.Types)
        {
            if (FolderOf(type) is not { } from) continue;
            var uses = graph.TryGetValue(from, out var set) ? set : graph[from] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var dependency in type.Dependencies)
            {
                if (FolderOf(dependency.Target) is { } to && to != from) uses.Add(to);
            }
        }
        return graph;
    }

    [Fact]
    public void Folders_HaveNoCycles()
    {
        var cycles = Cycles(FolderGraph());
        Assert.True(cycles.Count == 0, "Folders that use each other: " + string.Join("; ", cycles.Select(c => string.Join(" → ", c))));
    }

    /// <summary>Each group of folders that reach one another (Tarjan's strongly connected components).</summary>
    public static List<List<string>> Cycles(Dictionary<string, HashSet<string>> graph)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var cycles = new List<List<string>>();
        void Visit(string v)
        {
            index[v] = low[v] = index.Count;
            stack.Push(v);
            foreach (var w in graph.GetValueOrDefault(v) ?? [])
            {
                if (!index.TryGetValue(w, out var seen)) { Visit(w); low[v] = Math.Min(low[v], low[w]); }
                else if (stack.Contains(w)) low[v] = Math.Min(low[v], seen);
            }
            if (low[v] != index[v]) return;
            var group = new List<string>();
            string x;
            do { x = stack.Pop(); group.Add(x); } while (x != v);
            if (group.Count > 1) cycles.Add(group.Order(StringComparer.Ordinal).ToList());
        }
        foreach (var v in graph.Keys.Order(StringComparer.Ordinal)) if (!index.ContainsKey(v)) Visit(v);
        return cycles;
    }

    [Fact]
    public void CycleCheck_FindsACycle()
    {
        // The check itself: a graph with a back edge is reported, one without is not.
        var graph = new Dictionary<string, HashSet<string>>
        {
            ["Engine"] = ["Rendering"], ["Rendering"] = ["Routing"], ["Routing"] = [],
        };
        Assert.Empty(Cycles(graph));
        graph["Routing"].Add("Engine");
        Assert.Equal(["Engine", "Rendering", "Routing"], Assert.Single(Cycles(graph)));
    }

    private static string? FolderOf(IType? type)
    {
        var name = type?.Namespace?.FullName;
        if (name is null) return null;
        if (!name.StartsWith("Kyodo.", StringComparison.Ordinal)) return null;
        var rest = name["Kyodo.".Length..];
        var dot = rest.IndexOf('.');
        return dot < 0 ? rest : rest[..dot];
    }

    public static TheoryData<int> LayerNumbers()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Layers.Length - 1; i++) data.Add(i);
        return data;
    }

    [Theory]
    [MemberData(nameof(LayerNumbers))]
    public void Layer_UsesNoHigherLayer(int layer)
    {
        var higher = Layers.Skip(layer + 1).SelectMany(l => l).ToArray();
        Types().That().ResideInNamespaceMatching(Pattern(Layers[layer]))
            .Should().NotDependOnAny(Types().That().ResideInNamespaceMatching(Pattern(higher)))
            .Check(House);
    }

    [Fact]
    public void EveryFolderOfTheLibrary_HasItsLayer()
    {
        var declared = Layers.SelectMany(l => l).ToHashSet(StringComparer.Ordinal);
        var folders = Library.GetTypes().Select(t => t.Namespace).OfType<string>()
            .Where(n => n.StartsWith("Kyodo.", StringComparison.Ordinal))
            .Select(n => n.Split('.')[1]).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(folders.Except(declared));
    }

    [Fact]
    public void OnlyTheCompositionRoot_KnowsTheToolsBesideTheSite()
    {
        // The audit drives a browser, the synthesiser writes benchmark data and the scaffolder writes a new plan:
        // the site's own code must not need them, so only the pipelines (the composition root) may use them.
        Types().That().ResideInNamespaceMatching(Pattern(["Model", "Loading", "Validation", "Processing", "Rendering",
                "Charts", "Publishing", "Engine", "Schema", "Localization"]))
            .Should().NotDependOnAny(Types().That().ResideInNamespaceMatching(Pattern(["Audit", "Synthesis", "Scaffolding"])))
            .Check(House);
    }

    private static string Pattern(IEnumerable<string> folders) => @"^Kyodo\.(" + string.Join("|", folders) + @")(\..*)?$";
}
