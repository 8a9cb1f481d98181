using System.Globalization;
using Kyodo.Diagnostics;
using Kyodo.Matching;
using Kyodo.Model;
using Kyodo.Schema;
using Kyodo.Schema.Mapping;
using Kyodo.Schema.Maps;

namespace Kyodo.Validation;

/// <summary>
/// Checks that span rows and tables: unique keys, references, declared codes, years, missing-value states and
/// lineage. Runs on the typed records as read, each with the place of its cells, so every finding points at file,
/// line and column.
/// </summary>
public static class PlanValidator
{
    /// <summary>
    /// Tables whose file could not be read are not checked as reference targets, so one broken file gives its own
    /// errors instead of an error on every row that refers to it. Likewise rows left out for a bad cell still count as
    /// existing for references.
    /// </summary>
    public static void Validate(Plan plan, TableSet tables, DiagnosticBag diagnostics)
    {
        var config = plan.Config;
        var keys = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var map in TableMaps.Plan) keys[map.Spec.Name] = map.Accept(new UniqueKeys(tables, diagnostics));
        var existing = keys.ToDictionary(k => k.Key, k => new HashSet<string>(k.Value, StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var map in TableMaps.Plan) existing[map.Spec.Name].UnionWith(tables.RejectedKeys(map));
        var unreadable = TableMaps.Plan.Where(m => !tables.Readable(m)).Select(m => m.Spec.Name).ToHashSet(StringComparer.Ordinal);

        foreach (var map in TableMaps.Plan) map.Accept(new References(tables, existing, unreadable, config, diagnostics));

        var sourcesKnown = !unreadable.Contains(Tables.Sources);
        foreach (var edition in config.Editions.Where(e => sourcesKnown && !existing[Tables.Sources].Contains(e.SourceId)))
        {
            diagnostics.Add(Messages.BadSource(new SourceLocation(config.File, edition.SourcePosition.Line, edition.SourcePosition.Column), edition.SourceId));
        }

        var editions = config.Editions.Select(e => e.Year).ToHashSet();
        var entries = tables.Of(TableMaps.ProjectYears);
        var relistings = tables.Of(TableMaps.Relistings);
        CheckEntries(entries.Rows, TableMaps.ProjectYears.Year, TableMaps.ProjectYears.SdgGoals, TableMaps.ProjectYears.SdgStatus,
            TableMaps.ProjectYears.Achievement, editions, config, diagnostics);
        CheckEntries(relistings.Rows, TableMaps.Relistings.Year, TableMaps.Relistings.SdgGoals, TableMaps.Relistings.SdgStatus,
            TableMaps.Relistings.Achievement, editions, config, diagnostics);
        CheckRelistings(entries.Rows, relistings.Rows, diagnostics);
        CheckMetrics(tables.Of(TableMaps.Metrics).Rows, editions, config, diagnostics);
        foreach (var row in tables.Of(TableMaps.IndicatorTargets).Rows)
        {
            CheckYearRange(row, TableMaps.IndicatorTargets.TargetYear.Field, row.Record.TargetYear, config, diagnostics);
        }
        foreach (var row in tables.Of(TableMaps.Sources).Rows)
        {
            CheckYearRange(row, TableMaps.Sources.FiscalYear.Field, row.Record.FiscalYear, config, diagnostics);
        }
        if (!unreadable.Contains(Tables.ProjectYears) && !unreadable.Contains(Tables.Lineage)) CheckProjectsAppear(tables, diagnostics);
        if (!unreadable.Contains(Tables.Projects) && !unreadable.Contains(Tables.Departments))
        {
            CheckLineage(tables.Of(TableMaps.Lineage).Rows, existing, diagnostics);
        }
        CheckDepartmentSuccession(tables.Of(TableMaps.Departments).Rows, diagnostics);
        CheckIndicators(tables, config, diagnostics);
        if (!unreadable.Contains(Tables.Partners)) CheckPartners(entries.Rows, keys[Tables.Partners], diagnostics);
        CheckProjectTargets(tables.Of(TableMaps.ProjectTargets).Rows, editions, config, diagnostics);
    }

    /// <summary>Reports every key that a table holds twice; returns the keys of its well-formed rows.</summary>
    private sealed class UniqueKeys(TableSet tables, DiagnosticBag diagnostics) : ITableMapVisitor<HashSet<string>>
    {
        public HashSet<string> Visit<T>(TableMap<T> map)
        {
            var keyColumns = map.PrimaryKeyColumns;
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var row in tables.Of(map).Rows)
            {
                var key = map.KeyText(row.Record);
                if (seen.TryGetValue(key, out var first))
                {
                    var shown = string.Join(", ", keyColumns.Select(c => $"{c.Name}={c.Text(row.Record)}"));
                    diagnostics.Add(Messages.DuplicateKey(row.At(keyColumns[0]), shown, first));
                }
                else
                {
                    seen[key] = row.Origin.Location.Line;
                }
            }
            return seen.Keys.ToHashSet(StringComparer.Ordinal);
        }
    }

    /// <summary>References to other tables, codes from the plan's own lists, and sources, for every table alike.</summary>
    private sealed class References(
        TableSet tables, Dictionary<string, HashSet<string>> existing, HashSet<string> unreadable, PlanConfig config, DiagnosticBag diagnostics)
        : ITableMapVisitor<bool>
    {
        public bool Visit<T>(TableMap<T> map)
        {
            var byName = map.Columns.Where(c => c.Fields.Count == 1).ToDictionary(c => c.Name, StringComparer.Ordinal);
            var references = map.Columns.Where(c => c.Field.References is { } t && !unreadable.Contains(t)).ToList();
            var composite = map.Spec.ForeignKeys.Where(f => f.Fields.Count > 1 && !unreadable.Contains(f.Table)).ToList();
            var configured = map.Columns.Where(c => c.Field.AllowedFromConfig is not null).ToList();
            var source = byName.GetValueOrDefault("source");
            var sources = unreadable.Contains(Tables.Sources) ? null : existing[Tables.Sources];
            foreach (var row in tables.Of(map).Rows)
            {
                foreach (var column in references)
                {
                    var value = column.Text(row.Record);
                    if (value.Length == 0) continue;
                    var target = existing[column.Field.References!];
                    if (!target.Contains(value))
                    {
                        diagnostics.Add(Messages.DanglingReference(row.At(column), column.Name, value, column.Field.References + ".csv",
                            Suggestion.Closest(value, target)));
                    }
                }
                foreach (var fk in composite)
                {
                    var values = fk.Fields.Select(f => byName[f].Text(row.Record)).ToList();
                    if (values.Any(v => v.Length == 0)) continue;
                    if (!existing[fk.Table].Contains(string.Join('\u001F', values)))
                    {
                        var shown = string.Join(", ", fk.Fields.Zip(values, (f, v) => $"{f}={v}"));
                        diagnostics.Add(Messages.DanglingReference(row.At(byName[fk.Fields[0]]), string.Join("+", fk.Fields), shown, fk.Table + ".csv", null));
                    }
                }
                foreach (var column in configured) CheckConfigured(column, column.Text(row.Record), row.At(column));
                if (source is not null && sources is not null && source.Text(row.Record) is { Length: > 0 } src && !sources.Contains(SourceRef.Parse(src).DocumentId))
                {
                    diagnostics.Add(Messages.BadSource(row.At(source), src));
                }
            }
            return true;
        }

        private void CheckConfigured(Column column, string value, SourceLocation at)
        {
            if (value.Length == 0) return;
            if (column.Field.AllowedFromConfig == "rating")
            {
                if (config.Rating.Find(value) is null)
                {
                    diagnostics.Add(Messages.RatingOutOfScale(at, column.Name, value, string.Join(", ", config.Rating.Levels.Select(l => l.Code))));
                }
            }
            else if (column.Field.AllowedFromConfig == "categories" && config.Categories.All(c => c.Code != value))
            {
                diagnostics.Add(Messages.NotInList(at, column.Name, value, config.Categories.Select(c => c.Code)));
            }
        }
    }

    /// <summary>Every partner code of an entry names a row of partners.csv.</summary>
    private static void CheckPartners(IReadOnlyList<Located<ProjectEntry>> entries, HashSet<string> partners, DiagnosticBag diagnostics)
    {
        foreach (var row in entries)
        {
            foreach (var code in row.Record.Partners.Where(c => !partners.Contains(c)))
            {
                diagnostics.Add(Messages.DanglingReference(row.At(TableMaps.ProjectYears.Partners), "partners", code, Tables.Partners + ".csv",
                    Suggestion.Closest(code, partners)));
            }
        }
    }

    private static void CheckMetrics(IReadOnlyList<Located<Metric>> metrics, HashSet<int> editions, PlanConfig config, DiagnosticBag diagnostics)
    {
        var map = TableMaps.Metrics;
        foreach (var row in metrics)
        {
            var m = row.Record;
            if (!editions.Contains(m.Year)) diagnostics.Add(Messages.NotAnEdition(row.At(map.Year), "year", m.Year));
            CheckYearRange(row, map.Period.Field, m.Period, config, diagnostics);
            CheckYearRange(row, map.PrevPeriod.Field, m.PrevPeriod, config, diagnostics);
        }
    }

    /// <summary>
    /// A numeric target has numbers and no states in words; a qualitative one the reverse. The current value's
    /// status says whether it is there: missing is never zero.
    /// </summary>
    private static void CheckProjectTargets(IReadOnlyList<Located<ProjectTarget>> targets, HashSet<int> editions, PlanConfig config, DiagnosticBag diagnostics)
    {
        var map = TableMaps.ProjectTargets;
        foreach (var row in targets)
        {
            var t = row.Record;
            if (!editions.Contains(t.Year)) diagnostics.Add(Messages.NotAnEdition(row.At(map.Year), "year", t.Year));
            foreach (var (columns, point) in new[] { (map.Baseline, t.Baseline), (map.Target, t.Target), (map.Current, t.Current) })
            {
                var stem = columns.Stem;
                CheckYearRange(row, columns.Year.Field, point.Year, config, diagnostics);
                var hasNumber = point.Value is not null;
                var hasWords = point.Text.Ja.Length > 0;
                if (t.Qualitative && hasNumber)
                {
                    diagnostics.Add(Messages.Inconsistent(row.At(columns.Value),
                        $"言葉で表す指標（qualitative が true）なのに {stem}_value に数値があります。",
                        $"The indicator is qualitative but {stem}_value holds a number.",
                        $"状態は {stem}_ja に書き、{stem}_value は空欄にしてください。数値の指標なら qualitative を false にします。",
                        $"Write the state in {stem}_ja and leave {stem}_value empty, or set qualitative to false for a numeric indicator."));
                }
                if (!t.Qualitative && hasWords && !hasNumber && !(ReferenceEquals(columns, map.Current) && t.CurrentStatus != ValueStatus.Reported))
                {
                    diagnostics.Add(Messages.Inconsistent(row.At(columns.Words),
                        $"数値の指標（qualitative が false）なのに {stem}_value が空欄で、{stem}_ja に言葉があります。",
                        $"The indicator is numeric but {stem}_value is empty while {stem}_ja holds words.",
                        $"数値を {stem}_value に書くか、言葉で表す指標なら qualitative を true にしてください。",
                        $"Write the number in {stem}_value, or set qualitative to true for an indicator expressed in words."));
                }
                if ((hasNumber || hasWords) && point.Year is null)
                {
                    diagnostics.Add(Messages.RequiredValue(row.At(columns.Year), stem + "_year"));
                }
            }
            var hasCurrent = t.Current.Value is not null || t.Current.Text.Ja.Length > 0;
            if (hasCurrent != (t.CurrentStatus == ValueStatus.Reported))
            {
                diagnostics.Add(Messages.ValueStatusMismatch(row.At(map.CurrentStatus), Codes.ValueStatuses.Code(t.CurrentStatus)));
            }
        }
    }

    /// <summary>
    /// A year a plan's documents can speak of: from a decade before its start to a decade after its end. Where
    /// plan.yaml states no period (the documents do not), the editions' years stand in for it.
    /// </summary>
    private static void CheckYearRange<T>(Located<T> row, FieldSpec field, int? year, PlanConfig config, DiagnosticBag diagnostics)
    {
        if (year is null) return;
        var start = config.StartYear ?? (config.Editions.Count > 0 ? config.Editions.Min(e => e.Year) : null);
        var end = config.EndYear ?? (config.Editions.Count > 0 ? config.Editions.Max(e => e.Year) : null);
        if (start is null || end is null) return;
        int min = start.Value - 10, max = end.Value + 10;
        if (year < min || year > max) diagnostics.Add(Messages.YearOutOfRange(row.At(field), field.Name, year.Value, min, max));
    }

    private static void CheckEntries(IReadOnlyList<Located<ProjectEntry>> rows, Column year, Column goalsColumn, Column statusColumn, Column rating,
        HashSet<int> editions, PlanConfig config, DiagnosticBag diagnostics)
    {
        foreach (var row in rows)
        {
            var e = row.Record;
            if (!editions.Contains(e.Year)) diagnostics.Add(Messages.NotAnEdition(row.At(year), "year", e.Year));

            var goals = e.SdgGoals;
            foreach (var goal in goals.Where(g => g is < 1 or > 17))
            {
                diagnostics.Add(Messages.NotInList(row.At(goalsColumn), "sdg_goals", goal.ToString(CultureInfo.InvariantCulture), ["1", "…", "17"]));
            }
            var targetGoals = e.SdgTargets.Select(t => int.Parse(t[..t.IndexOf('.', StringComparison.Ordinal)], CultureInfo.InvariantCulture)).ToHashSet();
            var hasAny = goals.Count > 0 || e.SdgTargets.Count > 0;
            if (e.SdgStatus == SdgStatus.Recorded && !hasAny)
            {
                diagnostics.Add(Messages.Inconsistent(row.At(statusColumn),
                    "sdg_status が recorded なのに SDGs ゴールもターゲットもありません。",
                    "sdg_status is recorded but no SDG goal or target is given.",
                    "ゴール・ターゲットを書くか、sdg_status を none（記載なし）や lost（抽出で失われた）にしてください。",
                    "Enter the goals or targets, or set sdg_status to none or lost."));
            }
            if (e.SdgStatus != SdgStatus.Recorded && hasAny)
            {
                var status = Codes.SdgStatuses.Code(e.SdgStatus);
                diagnostics.Add(Messages.Inconsistent(row.At(statusColumn),
                    $"SDGs が書かれているのに sdg_status が {status} です。",
                    $"SDG goals or targets are given but sdg_status is {status}.",
                    "sdg_status を recorded にしてください。",
                    "Set sdg_status to recorded."));
            }
            foreach (var g in targetGoals.Where(g => !goals.Contains(g) && goals.Count > 0))
            {
                diagnostics.Add(Messages.Inconsistent(row.At(goalsColumn),
                    $"ターゲットのゴール {g} が sdg_goals にありません。",
                    $"The goal {g} of a listed target is missing from sdg_goals.",
                    $"sdg_goals に {g} を加えてください。",
                    $"Add {g} to sdg_goals."));
            }
            var edition = config.EditionOf(e.Year);
            if (edition is not null && !edition.IsReport && e.Rating is not null)
            {
                diagnostics.Add(Messages.Inconsistent(row.At(rating),
                    $"{e.Year} 年度は実施計画（plan）なので評価は書けません。",
                    $"{e.Year} is a plan edition, so it has no ratings.",
                    "評価を削除するか、plan.yaml で年度の kind を report にしてください。",
                    "Delete the rating, or make the edition a report in plan.yaml."));
            }
        }
    }

    private static void CheckRelistings(IReadOnlyList<Located<ProjectEntry>> primaries, IReadOnlyList<Located<ProjectEntry>> relistings, DiagnosticBag diagnostics)
    {
        var primaryMeasure = primaries.GroupBy(r => (r.Record.ProjectId, r.Record.Year)).ToDictionary(g => g.Key, g => g.First().Record.MeasureId);
        foreach (var row in relistings)
        {
            var e = row.Record;
            if (primaryMeasure.TryGetValue((e.ProjectId, e.Year), out var measure) && measure == e.MeasureId)
            {
                diagnostics.Add(Messages.Inconsistent(row.At(TableMaps.Relistings.MeasureId),
                    "再掲の施策が、元の掲載と同じ施策です。",
                    "The re-listing is under the same measure as the primary listing.",
                    "再掲は別の施策の下に載せたものです。施策を確認してください。",
                    "A re-listing is under another measure; check measure_id."));
            }
        }
    }

    private static void CheckProjectsAppear(TableSet tables, DiagnosticBag diagnostics)
    {
        var listed = tables.Of(TableMaps.ProjectYears).Records.Select(e => e.ProjectId)
            .Concat(tables.Of(TableMaps.Lineage).Records.Where(l => l.Subject == LineageSubject.Project).SelectMany(l => new[] { l.FromId, l.ToId ?? "" }))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var row in tables.Of(TableMaps.Projects).Rows.Where(r => !listed.Contains(r.Record.Id)))
        {
            diagnostics.Add(Messages.ProjectWithoutYear(row.At(TableMaps.Projects.Id), row.Record.Id));
        }
    }

    /// <summary>Events that hand a project on to another ID (a rename usually keeps the ID and has no to_id).</summary>
    private static bool IsSuccession(LineageKind kind) =>
        kind is LineageKind.Renamed or LineageKind.Merged or LineageKind.Split or LineageKind.DepartmentChanged;

    private static bool NeedsSuccessor(LineageKind kind) => kind is LineageKind.Merged or LineageKind.Split or LineageKind.DepartmentChanged;

    private static void CheckLineage(IReadOnlyList<Located<LineageEvent>> lineage, Dictionary<string, HashSet<string>> keys, DiagnosticBag diagnostics)
    {
        var map = TableMaps.Lineage;
        foreach (var row in lineage)
        {
            var l = row.Record;
            var table = l.Subject == LineageSubject.Department ? Tables.Departments : Tables.Projects;
            foreach (var (column, value) in new (Column Column, string? Value)[] { (map.FromId, l.FromId), (map.ToId, l.ToId) })
            {
                if (value is not null && !keys[table].Contains(value))
                {
                    diagnostics.Add(Messages.DanglingReference(row.At(column), column.Name, value, table + ".csv", Suggestion.Closest(value, keys[table])));
                }
            }
            if (NeedsSuccessor(l.Event) && l.ToId is null) diagnostics.Add(Messages.RequiredValue(row.At(map.ToId), "to_id"));
            if (l.ToId == l.FromId) diagnostics.Add(Messages.LineageCycle(row.At(map.ToId), $"{l.FromId} → {l.FromId}"));
        }

        // A chain of successions must not lead back to where it started.
        var edges = lineage.Where(r => IsSuccession(r.Record.Event) && r.Record.ToId is not null && r.Record.ToId != r.Record.FromId)
            .GroupBy(r => (r.Record.Subject, r.Record.FromId))
            .ToDictionary(g => g.Key, g => g.ToList());
        foreach (var ((subject, start), _) in edges)
        {
            var path = FindCycle(subject, start, edges);
            if (path is not null && path[0] == start && string.Equals(start, path.Min(StringComparer.Ordinal), StringComparison.Ordinal))
            {
                var row = edges[(subject, start)][0];
                diagnostics.Add(Messages.LineageCycle(row.At(map.FromId), string.Join(" → ", path.Append(start))));
            }
        }
    }

    private static List<string>? FindCycle(LineageSubject subject, string start, Dictionary<(LineageSubject, string), List<Located<LineageEvent>>> edges)
    {
        var stack = new Stack<(string Node, List<string> Path)>();
        stack.Push((start, [start]));
        var visited = new HashSet<string>();
        while (stack.Count > 0)
        {
            var (node, path) = stack.Pop();
            if (!edges.TryGetValue((subject, node), out var outs)) continue;
            foreach (var next in outs.Select(r => r.Record.ToId!))
            {
                if (next == start) return path;
                if (visited.Add(next)) stack.Push((next, [.. path, next]));
            }
        }
        return null;
    }

    private static void CheckDepartmentSuccession(IReadOnlyList<Located<Department>> departments, DiagnosticBag diagnostics)
    {
        var successor = departments.Where(r => r.Record.SuccessorId is not null)
            .GroupBy(r => r.Record.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var (id, row) in successor)
        {
            var seen = new List<string> { id };
            var current = row.Record.SuccessorId!;
            while (successor.TryGetValue(current, out var next))
            {
                if (current == id)
                {
                    if (string.Equals(id, seen.Min(StringComparer.Ordinal), StringComparison.Ordinal))
                    {
                        diagnostics.Add(Messages.LineageCycle(row.At(TableMaps.Departments.SuccessorId), string.Join(" → ", seen.Append(id))));
                    }
                    break;
                }
                if (seen.Contains(current)) break;
                seen.Add(current);
                current = next.Record.SuccessorId!;
            }
            if (current == id && !successor.ContainsKey(current)) break;
        }
    }

    private static void CheckIndicators(TableSet tables, PlanConfig config, DiagnosticBag diagnostics)
    {
        var indicators = tables.Of(TableMaps.Indicators).Rows.GroupBy(r => r.Record.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Record, StringComparer.Ordinal);
        foreach (var row in tables.Of(TableMaps.Indicators).Rows)
        {
            if (row.Record.Level == IndicatorLevel.Basic && row.Record.MeasureId is null)
            {
                diagnostics.Add(Messages.RequiredValue(row.At(TableMaps.Indicators.MeasureId), "measure_id"));
            }
        }
        var values = TableMaps.IndicatorValues;
        foreach (var row in tables.Of(values).Rows)
        {
            var v = row.Record;
            if ((v.Value is not null) != (v.Status == ValueStatus.Reported))
            {
                diagnostics.Add(Messages.ValueStatusMismatch(row.At(values.Status), Codes.ValueStatuses.Code(v.Status)));
            }
            if (indicators.TryGetValue(v.IndicatorId, out var indicator))
            {
                var min = indicator.BaselineYear;
                var max = config.EndYear ?? int.MaxValue;
                if (v.Year < min || v.Year > max) diagnostics.Add(Messages.YearOutOfRange(row.At(values.Year), "year", v.Year, min, max));
            }
        }
        var targets = tables.Of(TableMaps.IndicatorTargets).Rows;
        foreach (var row in targets)
        {
            if (indicators.TryGetValue(row.Record.IndicatorId, out var indicator) && indicator.IsMonitoring)
            {
                diagnostics.Add(Messages.Inconsistent(row.At(TableMaps.IndicatorTargets.IndicatorId),
                    "モニタリング指標には目標値を設定しません。",
                    "A monitoring indicator has no target.",
                    "目標値の行を削除するか、indicators.csv の kind を target にしてください。",
                    "Delete the target row, or set the indicator's kind to target."));
            }
        }
        foreach (var group in targets.Where(r => r.Record.IsCurrent).GroupBy(r => (r.Record.IndicatorId, r.Record.TargetYear)).Where(g => g.Count() > 1))
        {
            var second = group.Skip(1).First();
            diagnostics.Add(Messages.Inconsistent(second.At(TableMaps.IndicatorTargets.Status),
                "同じ指標・目標年度に current の目標値が2つあります。",
                "Two current targets for the same indicator and target year.",
                "古い方の status を superseded にしてください。",
                "Mark the older one as superseded."));
        }
    }
}
