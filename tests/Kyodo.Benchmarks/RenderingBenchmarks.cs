using BenchmarkDotNet.Attributes;
using Kyodo.Engine;
using Kyodo.Model;
using Kyodo.Pipelines;
using Kyodo.Processing;
using Kyodo.Theme.Pages;

namespace Kyodo.Benchmarks;

/// <summary>Rendering one page of each heavy kind with the compiled Razor components, to UTF-8 bytes.</summary>
[MemoryDiagnoser]
public class RenderingBenchmarks
{
    private BuildContext _context = default!;
    private PlanIndex _index = default!;
    private Dictionary<string, object?> _project = default!;
    private Dictionary<string, object?> _year = default!;
    private Dictionary<string, object?> _projects = default!;

    [GlobalSetup]
    public void Setup()
    {
        var site = Fixture.LoadSite();
        _context = Fixture.Context(site);
        var plan = site.PrimaryPlan;
        _index = new PlanIndex(plan);
        var status = _index.StatusOf("p030");
        _project = new()
        {
            ["Ctx"] = PageWriter.Page(_context, plan, Language.Ja, "projects/p030/", status.Name.Ja, "project"),
            ["Index"] = _index,
            ["Status"] = status,
        };
        var edition = plan.Config.Editions.First(e => e.IsReport);
        _year = new()
        {
            ["Ctx"] = PageWriter.Page(_context, plan, Language.En, $"years/{edition.Year}/", edition.Title.In(Language.En), "year"),
            ["Index"] = _index,
            ["Edition"] = edition,
        };
        _projects = new()
        {
            ["Ctx"] = PageWriter.Page(_context, plan, Language.Ja, "projects/", "事業一覧", "projects"),
            ["Index"] = _index,
        };
    }

    [GlobalCleanup]
    public void Cleanup() => _context.Dispose();

    [Benchmark(Description = "Render a project page (p030, ja)")]
    public byte[] ProjectPage() => _context.Renderer.RenderUtf8(typeof(ProjectPage), _project);

    [Benchmark(Description = "Render a year page (report year, en)")]
    public byte[] YearPage() => _context.Renderer.RenderUtf8(typeof(YearPage), _year);

    [Benchmark(Description = "Render the project index (all projects, ja)")]
    public byte[] ProjectIndexPage() => _context.Renderer.RenderUtf8(typeof(ProjectIndexPage), _projects);

    [Benchmark(Description = "Derive the plan index (statuses, groupings)")]
    public PlanIndex DerivePlanIndex() => new(_index.Plan);
}
