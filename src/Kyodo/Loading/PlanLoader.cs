using Kyodo.Diagnostics;
using Kyodo.Loading.Rows;
using Kyodo.Model;
using Kyodo.Schema;
using Kyodo.Validation;

namespace Kyodo.Loading;

/// <summary>
/// Loads a plan folder (plan.yaml and its tables) into the immutable model and runs every check on it.
/// All problems are collected; the plan is returned only when there were no errors.
/// </summary>
public static class PlanLoader
{
    public static Plan? Load(string planDirectory, string displayRoot, IReadOnlyList<SdgGoal> sdgs, DiagnosticBag diagnostics)
    {
        var files = new DataFiles(planDirectory, displayRoot, diagnostics);
        var before = diagnostics.Sorted().Count(d => d.IsError);

        var configPath = Path.Combine(planDirectory, "plan.yaml");
        var configText = files.ReadText(configPath);
        var config = configText is null ? null : PlanConfigReader.Read(configText, files.Display(configPath), diagnostics);

        var read = Tables.All.ToDictionary(t => t.Name, files.Read);
        var tableFiles = Tables.All.Select(t => (t.Name, Path: files.Find(t))).Where(x => x.Path is not null)
            .ToDictionary(x => x.Name, x => x.Path!, StringComparer.Ordinal);
        var unreadable = read.Where(r => r.Value is null).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        var rows = read.ToDictionary(r => r.Key, r => r.Value ?? []);
        if (config is null) return null;

        var plan = new Plan(
            config,
            rows[Tables.Sources].Select(r => new Source(r.Text("id"), r.Pair("title"), r.Pair("issuer"), r.Int("fiscal_year"), r.Text("kind"), r.Optional("published"), r.Text("seed_file"), r.Pair("taken"))).ToList(),
            rows[Tables.Policies].Select(r => new Policy(r.Text("id"), r.Int("seq"), r.Pair("name"), r.Pair("aim"), Src(r), r.Pair("note"), r.Optional("no"))).ToList(),
            rows[Tables.Measures].Select(r => new Measure(r.Text("id"), r.Text("policy_id"), r.Int("seq"), r.Pair("name"), r.Pair("aim"), Src(r), r.Pair("note"), r.Optional("no"))).ToList(),
            rows[Tables.KeyPoints].Select(r => new KeyPoint(r.Text("id"), r.Int("seq"), r.Pair("name"), r.Pair("text"), Src(r))).ToList(),
            rows[Tables.Roles].Select(r => new RoleItem(r.Text("actor"), r.Text("partner"), r.Int("seq"), r.Pair("text"), Src(r))).ToList(),
            rows[Tables.Departments].Select(r => new Department(r.Text("id"), r.Pair("bureau"), r.Pair("section"), r.Optional("successor_id"), r.Optional("source") is { } s ? SourceRef.Parse(s) : null, r.Pair("note"))).ToList(),
            rows[Tables.Partners].Select(r => new PartnerType(r.Text("id"), r.Text("symbol"), r.Int("seq"), r.Pair("name"), Src(r), r.Pair("note"))).ToList(),
            rows[Tables.Projects].Select(r => new Project(r.Text("id"), r.Pair("note"))).ToList(),
            rows[Tables.ProjectYears].Select(r => Entry(r, relisting: false))
                .Concat(rows[Tables.Relistings].Select(r => Entry(r, relisting: true))).ToList(),
            rows[Tables.Lineage].Select(r => new LineageEvent(r.Text("id"), r.Text("subject"), r.Text("event"), r.Text("from_id"), r.Optional("to_id"), r.Int("year"), r.Text("evidence"), r.Pair("evidence"), r.Text("confidence"), Src(r))).ToList(),
            rows[Tables.Metrics].Select(r => new Metric(r.Text("project_id"), r.Int("year"), r.Int("seq"), r.Text("field"), r.Text("kind"), r.Pair("name"), r.Number("value"), r.Pair("unit"), r.Int("period"), r.OptionalNumber("prev_value"), r.OptionalInt("prev_period"), r.Bool("cumulative"), r.Text("text_ja"), Src(r))).ToList(),
            rows[Tables.ProjectTargets].Select(Target).ToList(),
            rows[Tables.Indicators].Select(r => new Indicator(r.Text("id"), r.Text("level"), r.Optional("measure_id"), r.Int("seq"), r.Pair("name"), r.Pair("description"), r.Pair("unit"), r.Int("decimals"), r.Text("direction"), r.Text("kind"), r.Bool("cumulative"), r.Int("baseline_year"), r.Optional("department_id"), Src(r), r.Pair("note"))).ToList(),
            rows[Tables.IndicatorValues].Select(r => new IndicatorValue(r.Text("indicator_id"), r.Int("year"), r.OptionalNumber("value"), ParseStatus(r.Text("status")), r.Optional("printed"), Src(r), r.Pair("note"))).ToList(),
            rows[Tables.IndicatorTargets].Select(r => new IndicatorTarget(r.Text("indicator_id"), r.Int("target_year"), r.Number("value"), r.Text("status") == "current", r.Int("set_in"), Src(r), r.Pair("note"))).ToList(),
            rows[Tables.IndicatorAssessments].Select(r => new IndicatorAssessment(r.Text("indicator_id"), r.Int("year"), r.Text("mark"), r.Optional("printed"), r.Pair("comment"), Src(r))).ToList(),
            rows[Tables.SeriesBreaks].Select(r => new SeriesBreak(r.Text("indicator_id"), r.Int("year"), r.Pair("description"), Src(r))).ToList(),
            rows[Tables.Commentary].Select(r => new Commentary(r.Int("year"), r.Text("scope"), r.Optional("measure_id"), r.Text("author"), r.Int("seq"), r.Pair("text"), Src(r))).ToList(),
            rows[Tables.Summaries].Select(r => new Summary(r.Int("year"), r.Text("table"), r.Optional("measure_id"), r.Text("key"), r.Number("value"), r.Optional("printed"), Src(r), r.Pair("note"))).ToList(),
            sdgs,
            planDirectory)
        {
            TableFiles = tableFiles,
        };

        PlanValidator.Validate(plan, rows, unreadable, diagnostics);
        var after = diagnostics.Sorted().Count(d => d.IsError);
        return after > before ? null : plan;
    }

    private static SourceRef Src(Row r) => SourceRef.Parse(r.Text("source"));

    private static ProjectTarget Target(Row r) => new(
        r.Text("project_id"), r.Int("year"), r.Int("seq"), r.Pair("name"), r.Bool("qualitative"), r.Pair("unit"),
        Point(r, "baseline"), Point(r, "target"), Point(r, "current"), ParseStatus(r.Text("current_status")), Src(r), r.Pair("note"));

    private static TargetPoint Point(Row r, string stem) =>
        new(r.OptionalInt(stem + "_year"), r.OptionalNumber(stem + "_value"), r.Pair(stem), r.Optional(stem + "_printed"));

    private static ProjectEntry Entry(Row r, bool relisting) => new(
        r.Text("project_id"), r.Int("year"), r.Optional("no"), r.Int("seq"), r.Text("measure_id"), r.Optional("category"),
        r.Pair("name"), r.Text("department_id"), r.Pair("plan"), r.Pair("result"), r.Optional("achievement"),
        r.Ints("sdg_goals"), r.List("sdg_targets"), ParseSdgStatus(r.Text("sdg_status")), r.List("partners"), r.Pair("effect"),
        relisting, Src(r), r.Pair("note"), r.File, r.Line);

    private static ValueStatus ParseStatus(string s) => s switch
    {
        "not_surveyed" => ValueStatus.NotSurveyed,
        "not_evaluable" => ValueStatus.NotEvaluable,
        "discontinued" => ValueStatus.Discontinued,
        _ => ValueStatus.Reported,
    };

    private static SdgStatus ParseSdgStatus(string s) => s switch
    {
        "none" => SdgStatus.None,
        "lost" => SdgStatus.Lost,
        "not_in_document" => SdgStatus.NotInDocument,
        _ => SdgStatus.Recorded,
    };
}
