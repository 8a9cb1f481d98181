using Kyodo.Model;
using Kyodo.Processing;
using Kyodo.Schema;

namespace Kyodo.Publishing;

/// <summary>
/// Turns a plan's model back into its tables, in the input format of <see cref="Tables"/>: loading these
/// tables reproduces the same model (the round trip is tested). Rows keep the model's order, which is the
/// order of the data folder and of the documents. The derived tables of <see cref="DerivedTables"/> follow.
/// </summary>
public static class PlanTables
{
    /// <summary>Every published table of a plan: the input tables, the shared SDG goals, then the derived ones.</summary>
    public static IReadOnlyList<TableData> Of(Plan plan, PlanIndex index) =>
    [
        .. Tables.All.Select(spec => Input(plan, spec)),
        Sdgs(plan.Sdgs),
        ProjectOverview(plan, index),
        Reconciliation(plan),
    ];

    public static TableData Input(Plan plan, TableSpec spec) => spec.Name switch
    {
        Tables.Sources => Make(spec, plan.Sources, (s, r) => r.Text("id", s.Id).Pair("title", s.Title).Pair("issuer", s.Issuer)
            .Int("fiscal_year", s.FiscalYear).Text("kind", s.Kind).Text("published", s.Published).Text("seed_file", s.SeedFile).Pair("taken", s.Taken)),
        Tables.Policies => Make(spec, plan.Policies, (p, r) => r.Text("id", p.Id).Int("seq", p.Seq).Text("no", p.No).Pair("name", p.Name).Pair("aim", p.Aim)
            .Source(p.Source).Pair("note", p.Note)),
        Tables.Measures => Make(spec, plan.Measures, (m, r) => r.Text("id", m.Id).Text("policy_id", m.PolicyId).Int("seq", m.Seq)
            .Text("no", m.No).Pair("name", m.Name).Pair("aim", m.Aim).Source(m.Source).Pair("note", m.Note)),
        Tables.KeyPoints => Make(spec, plan.KeyPoints, (k, r) => r.Text("id", k.Id).Int("seq", k.Seq).Pair("name", k.Name).Pair("text", k.Text).Source(k.Source)),
        Tables.Roles => Make(spec, plan.Roles, (x, r) => r.Text("actor", x.Actor).Text("partner", x.Partner).Int("seq", x.Seq).Pair("text", x.Text).Source(x.Source)),
        Tables.Departments => Make(spec, plan.Departments, (d, r) => r.Text("id", d.Id).Pair("bureau", d.Bureau).Pair("section", d.Section)
            .Text("successor_id", d.SuccessorId).Source(d.Source).Pair("note", d.Note)),
        Tables.Projects => Make(spec, plan.Projects, (p, r) => r.Text("id", p.Id).Pair("note", p.Note)),
        Tables.ProjectYears => Make(spec, plan.Entries.Where(e => !e.IsRelisting), (e, r) => Entry(e, r)
            .Text("category", e.Category).List("partners", e.Partners).Pair("effect", e.Effect)),
        Tables.Relistings => Make(spec, plan.Entries.Where(e => e.IsRelisting), Entry),
        Tables.Lineage => Make(spec, plan.Lineage, (l, r) => r.Text("id", l.Id).Text("subject", l.Subject).Text("event", l.Event)
            .Text("from_id", l.FromId).Text("to_id", l.ToId).Int("year", l.Year).Text("evidence", l.EvidenceKind).Pair("evidence", l.Evidence)
            .Text("confidence", l.Confidence).Source(l.Source)),
        Tables.Metrics => Make(spec, plan.Metrics, (m, r) => r.Text("project_id", m.ProjectId).Int("year", m.Year).Int("seq", m.Seq)
            .Text("field", m.Field).Text("kind", m.Kind).Pair("name", m.Name).Number("value", m.Value).Pair("unit", m.Unit)
            .Int("period", m.Period).Number("prev_value", m.PrevValue).Int("prev_period", m.PrevPeriod).Bool("cumulative", m.Cumulative)
            .Text("text_ja", m.TextJa).Source(m.Source)),
        Tables.Indicators => Make(spec, plan.Indicators, (i, r) => r.Text("id", i.Id).Text("level", i.Level).Text("measure_id", i.MeasureId)
            .Int("seq", i.Seq).Pair("name", i.Name).Pair("description", i.Description).Pair("unit", i.Unit).Int("decimals", i.Decimals)
            .Text("direction", i.Direction).Text("kind", i.Kind).Bool("cumulative", i.Cumulative).Int("baseline_year", i.BaselineYear)
            .Text("department_id", i.DepartmentId).Source(i.Source).Pair("note", i.Note)),
        Tables.IndicatorValues => Make(spec, plan.Values, (v, r) => r.Text("indicator_id", v.IndicatorId).Int("year", v.Year)
            .Number("value", v.Value).Text("status", StatusCode(v.Status)).Text("printed", v.Printed).Source(v.Source).Pair("note", v.Note)),
        Tables.IndicatorTargets => Make(spec, plan.Targets, (t, r) => r.Text("indicator_id", t.IndicatorId).Int("target_year", t.TargetYear)
            .Number("value", t.Value).Text("status", t.IsCurrent ? "current" : "superseded").Int("set_in", t.SetIn).Source(t.Source).Pair("note", t.Note)),
        Tables.IndicatorAssessments => Make(spec, plan.Assessments, (a, r) => r.Text("indicator_id", a.IndicatorId).Int("year", a.Year)
            .Text("mark", a.Mark).Text("printed", a.Printed).Pair("comment", a.Comment).Source(a.Source)),
        Tables.SeriesBreaks => Make(spec, plan.Breaks, (b, r) => r.Text("indicator_id", b.IndicatorId).Int("year", b.Year)
            .Pair("description", b.Description).Source(b.Source)),
        Tables.Commentary => Make(spec, plan.Commentary, (c, r) => r.Int("year", c.Year).Text("scope", c.Scope).Text("measure_id", c.MeasureId)
            .Text("author", c.Author).Int("seq", c.Seq).Pair("text", c.Text).Source(c.Source)),
        Tables.Summaries => Make(spec, plan.Summaries, (s, r) => r.Int("year", s.Year).Text("table", s.Table).Text("measure_id", s.MeasureId)
            .Text("key", s.Key).Number("value", s.Value).Text("printed", s.Printed).Source(s.Source).Pair("note", s.Note)),
        Tables.Partners => Make(spec, plan.Partners, (p, r) => r.Text("id", p.Id).Text("symbol", p.Symbol).Int("seq", p.Seq)
            .Pair("name", p.Name).Source(p.Source).Pair("note", p.Note)),
        Tables.ProjectTargets => Make(spec, plan.ProjectTargets, (t, r) => Point(Point(Point(r.Text("project_id", t.ProjectId).Int("year", t.Year).Int("seq", t.Seq)
            .Pair("name", t.Name).Bool("qualitative", t.Qualitative).Pair("unit", t.Unit), "baseline", t.Baseline), "target", t.Target), "current", t.Current)
            .Text("current_status", StatusCode(t.CurrentStatus)).Source(t.Source).Pair("note", t.Note)),
        _ => throw new InvalidOperationException($"Table {spec.Name} is not mapped from the model: add it to Publishing/PlanTables.cs."),
    };

    public static TableData Sdgs(IReadOnlyList<SdgGoal> goals) =>
        Make(Tables.SdgGoals, goals, (g, r) => r.Int("goal", g.Goal).Pair("name", g.Name).Text("colour", g.Colour));

    public static TableData ProjectOverview(Plan plan, PlanIndex index) =>
        Make(DerivedTables.Get(DerivedTables.ProjectOverview), plan.Projects.Select(p => index.StatusOf(p.Id)), (s, r) => r
            .Text("id", s.Project.Id).Text("name_ja", s.Latest?.Name.Ja).Text("name_en", s.Latest?.Name.En)
            .Int("latest_year", s.Latest?.Year).Text("measure_id", s.Latest?.MeasureId).Text("department_id", s.Latest?.DepartmentId)
            .Text("category", s.Latest?.Category).Text("state", StateCode(s.State))
            .Int("first_year", s.FirstYear == 0 ? null : s.FirstYear).Int("last_year", s.LastYear == 0 ? null : s.LastYear));

    public static TableData Reconciliation(Plan plan) =>
        Make(DerivedTables.Get(DerivedTables.Reconciliation), Processing.Reconciliation.Of(plan), (x, r) => r
            .Int("year", x.Year).Text("table", x.Table).Text("measure_id", x.MeasureId).Text("key", x.Key)
            .Number("published", x.Published).Text("printed", x.Printed).Number("computed", x.Computed).Text("outcome", x.Outcome)
            .Text("explanation_ja", x.Explanation.Ja).Text("explanation_en", x.Explanation.En));

    private static RowBuilder Entry(ProjectEntry e, RowBuilder r) => r
        .Text("project_id", e.ProjectId).Int("year", e.Year).Text("no", e.No).Int("seq", e.Seq).Text("measure_id", e.MeasureId)
        .Pair("name", e.Name).Text("department_id", e.DepartmentId).Pair("plan", e.Plan).Pair("result", e.Result)
        .Text("achievement", e.Rating).List("sdg_goals", e.SdgGoals).List("sdg_targets", e.SdgTargets)
        .Text("sdg_status", SdgStatusCode(e.SdgStatus)).Source(e.Source).Pair("note", e.Note);

    private static RowBuilder Point(RowBuilder r, string stem, TargetPoint p) =>
        r.Int(stem + "_year", p.Year).Number(stem + "_value", p.Value).Pair(stem, p.Text).Text(stem + "_printed", p.Printed);

    private static TableData Make<T>(TableSpec spec, IEnumerable<T> items, Func<T, RowBuilder, RowBuilder> map) =>
        new(spec, items.Select(item => map(item, new RowBuilder()).Build(spec)).ToList());

    public static string StatusCode(ValueStatus status) => status switch
    {
        ValueStatus.NotSurveyed => "not_surveyed",
        ValueStatus.NotEvaluable => "not_evaluable",
        ValueStatus.Discontinued => "discontinued",
        _ => "reported",
    };

    public static string SdgStatusCode(SdgStatus status) => status switch
    {
        SdgStatus.None => "none",
        SdgStatus.Lost => "lost",
        SdgStatus.NotInDocument => "not_in_document",
        _ => "recorded",
    };

    public static string StateCode(ProjectState state) => state switch
    {
        ProjectState.Active => "active",
        ProjectState.Completed => "completed",
        ProjectState.Succeeded => "succeeded",
        _ => "not_listed",
    };
}
