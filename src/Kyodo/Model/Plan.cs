using System.Collections.Frozen;

namespace Kyodo.Model;

/// <summary>
/// A plan's whole data set, immutable once loaded. Lookups by ID are indexed so that rendering
/// every page stays linear in the size of the data.
/// </summary>
public sealed class Plan
{
    public Plan(
        PlanConfig config,
        IReadOnlyList<Source> sources,
        IReadOnlyList<Policy> policies,
        IReadOnlyList<Measure> measures,
        IReadOnlyList<KeyPoint> keyPoints,
        IReadOnlyList<RoleItem> roles,
        IReadOnlyList<Department> departments,
        IReadOnlyList<PartnerType> partners,
        IReadOnlyList<Project> projects,
        IReadOnlyList<ProjectEntry> entries,
        IReadOnlyList<LineageEvent> lineage,
        IReadOnlyList<Metric> metrics,
        IReadOnlyList<ProjectTarget> projectTargets,
        IReadOnlyList<Indicator> indicators,
        IReadOnlyList<IndicatorValue> values,
        IReadOnlyList<IndicatorTarget> targets,
        IReadOnlyList<IndicatorAssessment> assessments,
        IReadOnlyList<SeriesBreak> breaks,
        IReadOnlyList<Commentary> commentary,
        IReadOnlyList<Summary> summaries,
        IReadOnlyList<SdgGoal> sdgs,
        string dataDirectory)
    {
        Config = config;
        Sources = sources;
        Policies = policies.OrderBy(p => p.Seq).ToList();
        Measures = measures.OrderBy(m => m.Seq).ToList();
        KeyPoints = keyPoints.OrderBy(k => k.Seq).ToList();
        Roles = roles;
        Departments = departments;
        Partners = partners.OrderBy(p => p.Seq).ToList();
        Projects = projects;
        Entries = entries.OrderBy(e => e.Year).ThenBy(e => e.Seq).ThenBy(e => e.IsRelisting).ToList();
        Lineage = lineage;
        // Within an entry, the figures of its plan text come before those of its result text (the order published since the first edition).
        Metrics = metrics.OrderBy(m => m.ProjectId, StringComparer.Ordinal).ThenBy(m => m.Year).ThenBy(m => m.Field == MetricField.Plan ? 0 : 1).ThenBy(m => m.Seq).ToList();
        ProjectTargets = projectTargets.OrderBy(t => t.ProjectId, StringComparer.Ordinal).ThenBy(t => t.Year).ThenBy(t => t.Seq).ToList();
        Indicators = indicators.OrderBy(i => i.Level == IndicatorLevel.Overall ? 0 : 1).ThenBy(i => i.MeasureId is null ? 0 : MeasureOrder(i.MeasureId)).ThenBy(i => i.Seq).ToList();
        Values = values.OrderBy(v => v.IndicatorId, StringComparer.Ordinal).ThenBy(v => v.Year).ToList();
        Targets = targets;
        Assessments = assessments;
        Breaks = breaks;
        // A year's commentary on measures comes before that on the whole plan; the city's before the council's.
        Commentary = commentary.OrderBy(c => c.Year).ThenBy(c => c.Scope == CommentaryScope.Measure ? 0 : 1).ThenBy(c => c.MeasureId, StringComparer.Ordinal)
            .ThenBy(c => c.Author).ThenBy(c => c.Seq).ToList();
        Summaries = summaries;
        Sdgs = sdgs.OrderBy(s => s.Goal).ToList();
        DataDirectory = dataDirectory;

        SourceById = sources.ToFrozenDictionary(s => s.Id);
        MeasureById = measures.ToFrozenDictionary(m => m.Id);
        PolicyById = policies.ToFrozenDictionary(p => p.Id);
        DepartmentById = departments.ToFrozenDictionary(d => d.Id);
        ProjectById = projects.ToFrozenDictionary(p => p.Id);
        IndicatorById = indicators.ToFrozenDictionary(i => i.Id);
        SdgByGoal = sdgs.ToFrozenDictionary(s => s.Goal);
        EntriesByProject = Entries.GroupBy(e => e.ProjectId).ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<ProjectEntry>)g.ToList());
        EntriesByYear = Entries.GroupBy(e => e.Year).ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<ProjectEntry>)g.ToList());
        MetricsByProject = Metrics.GroupBy(m => m.ProjectId).ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<Metric>)g.ToList());
        TargetsByProject = ProjectTargets.GroupBy(t => t.ProjectId).ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<ProjectTarget>)g.ToList());
        HasSdgData = Entries.Any(e => e.SdgStatus != SdgStatus.NotInDocument);
        ValuesByIndicator = Values.GroupBy(v => v.IndicatorId).ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<IndicatorValue>)g.ToList());
        TargetsByIndicator = targets.GroupBy(t => t.IndicatorId).ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<IndicatorTarget>)g.OrderBy(t => t.SetIn).ToList());
        AssessmentsByIndicator = assessments.GroupBy(a => a.IndicatorId).ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<IndicatorAssessment>)g.OrderBy(a => a.Year).ToList());
        BreaksByIndicator = breaks.GroupBy(b => b.IndicatorId).ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<SeriesBreak>)g.OrderBy(b => b.Year).ToList());
        LineageByProject = lineage.Where(l => l.Subject == LineageSubject.Project)
            .SelectMany(l => new[] { (Key: l.FromId, Event: l), (Key: l.ToId ?? l.FromId, Event: l) })
            .Where(x => x.Key is not null)
            .GroupBy(x => x.Key)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<LineageEvent>)g.Select(x => x.Event).Distinct().OrderBy(e => e.Year).ThenBy(e => e.Id, StringComparer.Ordinal).ToList());
    }

    public PlanConfig Config { get; }
    public string Id => Config.Id;
    public string DataDirectory { get; }
    public IReadOnlyList<Source> Sources { get; }
    public IReadOnlyList<Policy> Policies { get; }
    public IReadOnlyList<Measure> Measures { get; }
    public IReadOnlyList<KeyPoint> KeyPoints { get; }
    public IReadOnlyList<RoleItem> Roles { get; }
    public IReadOnlyList<Department> Departments { get; }
    public IReadOnlyList<PartnerType> Partners { get; }
    public IReadOnlyList<Project> Projects { get; }

    /// <summary>Every entry of every edition, primary listings and re-listings, in document order.</summary>
    public IReadOnlyList<ProjectEntry> Entries { get; }
    public IReadOnlyList<LineageEvent> Lineage { get; }
    public IReadOnlyList<Metric> Metrics { get; }

    /// <summary>Target indicators of projects (baseline, target, current), for plans that set them per project.</summary>
    public IReadOnlyList<ProjectTarget> ProjectTargets { get; }
    public IReadOnlyList<Indicator> Indicators { get; }
    public IReadOnlyList<IndicatorValue> Values { get; }
    public IReadOnlyList<IndicatorTarget> Targets { get; }
    public IReadOnlyList<IndicatorAssessment> Assessments { get; }
    public IReadOnlyList<SeriesBreak> Breaks { get; }
    public IReadOnlyList<Commentary> Commentary { get; }
    public IReadOnlyList<Summary> Summaries { get; }
    public IReadOnlyList<SdgGoal> Sdgs { get; }

    public FrozenDictionary<string, Source> SourceById { get; }
    public FrozenDictionary<string, Measure> MeasureById { get; }
    public FrozenDictionary<string, Policy> PolicyById { get; }
    public FrozenDictionary<string, Department> DepartmentById { get; }
    public FrozenDictionary<string, Project> ProjectById { get; }
    public FrozenDictionary<string, Indicator> IndicatorById { get; }
    public FrozenDictionary<int, SdgGoal> SdgByGoal { get; }
    public FrozenDictionary<string, IReadOnlyList<ProjectEntry>> EntriesByProject { get; }
    public FrozenDictionary<int, IReadOnlyList<ProjectEntry>> EntriesByYear { get; }
    public FrozenDictionary<string, IReadOnlyList<Metric>> MetricsByProject { get; }
    public FrozenDictionary<string, IReadOnlyList<ProjectTarget>> TargetsByProject { get; }

    /// <summary>
    /// True when some entry records SDGs (or records that they were lost). A plan whose documents have no SDG
    /// column gets no SDG pages: a table of zeros would say its projects serve no goal, which no document says.
    /// </summary>
    public bool HasSdgData { get; }

    /// <summary>The file each table was read from (name.csv or name.xlsx), by table name; absent tables are not listed.</summary>
    public IReadOnlyDictionary<string, string> TableFiles { get; init; } = new Dictionary<string, string>();
    public FrozenDictionary<string, IReadOnlyList<IndicatorValue>> ValuesByIndicator { get; }
    public FrozenDictionary<string, IReadOnlyList<IndicatorTarget>> TargetsByIndicator { get; }
    public FrozenDictionary<string, IReadOnlyList<IndicatorAssessment>> AssessmentsByIndicator { get; }
    public FrozenDictionary<string, IReadOnlyList<SeriesBreak>> BreaksByIndicator { get; }
    public FrozenDictionary<string, IReadOnlyList<LineageEvent>> LineageByProject { get; }

    private int MeasureOrder(string id) => Measures.FirstOrDefault(m => m.Id == id)?.Seq ?? int.MaxValue;

    public IReadOnlyList<ProjectEntry> EntriesOf(string projectId) =>
        EntriesByProject.TryGetValue(projectId, out var list) ? list : [];

    public IReadOnlyList<ProjectEntry> EntriesIn(int year) =>
        EntriesByYear.TryGetValue(year, out var list) ? list : [];

    /// <summary>The entry that names the project on its page: the latest primary listing.</summary>
    public ProjectEntry? LatestEntry(string projectId) =>
        EntriesOf(projectId).Where(e => !e.IsRelisting).OrderByDescending(e => e.Year).FirstOrDefault();
}
