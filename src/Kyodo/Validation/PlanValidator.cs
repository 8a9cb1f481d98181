using System.Globalization;
using Kyodo.Diagnostics;
using Kyodo.Loading.Rows;
using Kyodo.Model;
using Kyodo.Schema;

namespace Kyodo.Validation;

/// <summary>
/// Checks that span rows and tables: unique keys, references, declared codes, years, missing-value
/// states and lineage. Runs on the validated rows so each finding points at file, line and column.
/// </summary>
public static class PlanValidator
{
    /// <summary>
    /// Tables whose file could not be read (<paramref name="unreadable"/>) are not checked as reference targets,
    /// so one broken file gives its own errors instead of an error on every row that refers to it.
    /// </summary>
    public static void Validate(Plan plan, IReadOnlyDictionary<string, IReadOnlyList<Row>> rows, IReadOnlySet<string> unreadable, DiagnosticBag diagnostics)
    {
        var config = plan.Config;
        var keys = new Dictionary<string, HashSet<string>>();

        foreach (var spec in Tables.All)
        {
            keys[spec.Name] = UniqueKeys(spec, rows[spec.Name], diagnostics);
        }

        foreach (var spec in Tables.All)
        {
            foreach (var row in rows[spec.Name])
            {
                CheckReferences(spec, row, keys, unreadable, diagnostics);
                CheckConfiguredCodes(spec, row, config, diagnostics);
                if (spec.Field("source") is not null && row.Optional("source") is { } src)
                {
                    var doc = SourceRef.Parse(src).DocumentId;
                    if (!unreadable.Contains(Tables.Sources) && !keys[Tables.Sources].Contains(doc)) diagnostics.Add(Messages.BadSource(row.At("source"), src));
                }
            }
        }

        var editions = config.Editions.Select(e => e.Year).ToHashSet();
        foreach (var edition in config.Editions.Where(e => !keys[Tables.Sources].Contains(e.SourceId)))
        {
            diagnostics.Add(Messages.BadSource(new SourceLocation(config.File), edition.SourceId));
        }

        CheckEntries(rows[Tables.ProjectYears], editions, plan, diagnostics);
        CheckEntries(rows[Tables.Relistings], editions, plan, diagnostics);
        CheckRelistings(rows[Tables.ProjectYears], rows[Tables.Relistings], diagnostics);
        foreach (var row in rows[Tables.Metrics])
        {
            if (!editions.Contains(row.Int("year"))) diagnostics.Add(Messages.NotAnEdition(row.At("year"), "year", row.Int("year")));
            CheckYearRange(row, "period", config, diagnostics);
            CheckYearRange(row, "prev_period", config, diagnostics);
        }
        foreach (var row in rows[Tables.IndicatorTargets]) CheckYearRange(row, "target_year", config, diagnostics);
        foreach (var row in rows[Tables.Sources]) CheckYearRange(row, "fiscal_year", config, diagnostics);
        foreach (var row in rows[Tables.ProjectTargets])
        {
            foreach (var stem in new[] { "baseline", "target", "current" }) CheckYearRange(row, stem + "_year", config, diagnostics);
        }
        if (!unreadable.Contains(Tables.ProjectYears) && !unreadable.Contains(Tables.Lineage)) CheckProjectsAppear(rows, diagnostics);
        if (!unreadable.Contains(Tables.Projects) && !unreadable.Contains(Tables.Departments)) CheckLineage(rows[Tables.Lineage], keys, diagnostics);
        CheckDepartmentSuccession(rows[Tables.Departments], diagnostics);
        CheckIndicators(rows, config, diagnostics);
        if (!unreadable.Contains(Tables.Partners)) CheckPartners(rows[Tables.ProjectYears], keys[Tables.Partners], diagnostics);
        CheckProjectTargets(rows[Tables.ProjectTargets], editions, diagnostics);
    }

    /// <summary>Every partner code of an entry names a row of partners.csv.</summary>
    private static void CheckPartners(IReadOnlyList<Row> entries, HashSet<string> partners, DiagnosticBag diagnostics)
    {
        foreach (var row in entries)
        {
            foreach (var code in row.List("partners").Where(c => !partners.Contains(c)))
            {
                diagnostics.Add(Messages.DanglingReference(row.At("partners"), "partners", code, Tables.Partners + ".csv", TableReader.Suggest(code, partners)));
            }
        }
    }

    /// <summary>
    /// A numeric target has numbers and no states in words; a qualitative one the reverse. The current value's
    /// status says whether it is there: missing is never zero.
    /// </summary>
    private static void CheckProjectTargets(IReadOnlyList<Row> targets, HashSet<int> editions, DiagnosticBag diagnostics)
    {
        foreach (var row in targets)
        {
            var year = row.Int("year");
            if (!editions.Contains(year)) diagnostics.Add(Messages.NotAnEdition(row.At("year"), "year", year));
            var qualitative = row.Bool("qualitative");
            foreach (var stem in new[] { "baseline", "target", "current" })
            {
                var hasNumber = row.Optional(stem + "_value") is not null;
                var hasWords = row.Optional(stem + "_ja") is not null;
                if (qualitative && hasNumber)
                {
                    diagnostics.Add(Messages.Inconsistent(row.At(stem + "_value"),
                        $"言葉で表す指標（qualitative が true）なのに {stem}_value に数値があります。",
                        $"The indicator is qualitative but {stem}_value holds a number.",
                        $"状態は {stem}_ja に書き、{stem}_value は空欄にしてください。数値の指標なら qualitative を false にします。",
                        $"Write the state in {stem}_ja and leave {stem}_value empty, or set qualitative to false for a numeric indicator."));
                }
                if (!qualitative && hasWords && !hasNumber && !(stem == "current" && row.Text("current_status") != "reported"))
                {
                    diagnostics.Add(Messages.Inconsistent(row.At(stem + "_ja"),
                        $"数値の指標（qualitative が false）なのに {stem}_value が空欄で、{stem}_ja に言葉があります。",
                        $"The indicator is numeric but {stem}_value is empty while {stem}_ja holds words.",
                        $"数値を {stem}_value に書くか、言葉で表す指標なら qualitative を true にしてください。",
                        $"Write the number in {stem}_value, or set qualitative to true for an indicator expressed in words."));
                }
                if ((hasNumber || hasWords) && row.Optional(stem + "_year") is null)
                {
                    diagnostics.Add(Messages.RequiredValue(row.At(stem + "_year"), stem + "_year"));
                }
            }
            var hasCurrent = row.Optional("current_value") is not null || row.Optional("current_ja") is not null;
            var status = row.Text("current_status");
            if (hasCurrent != (status == "reported")) diagnostics.Add(Messages.ValueStatusMismatch(row.At("current_status"), status));
        }
    }

    /// <summary>
    /// A year a plan's documents can speak of: from a decade before its start to a decade after its end. Where
    /// plan.yaml states no period (the documents do not), the editions' years stand in for it.
    /// </summary>
    private static void CheckYearRange(Row row, string field, PlanConfig config, DiagnosticBag diagnostics)
    {
        if (row.OptionalInt(field) is not { } year) return;
        var start = config.StartYear ?? (config.Editions.Count > 0 ? config.Editions.Min(e => e.Year) : null);
        var end = config.EndYear ?? (config.Editions.Count > 0 ? config.Editions.Max(e => e.Year) : null);
        if (start is null || end is null) return;
        int min = start.Value - 10, max = end.Value + 10;
        if (year < min || year > max) diagnostics.Add(Messages.YearOutOfRange(row.At(field), field, year, min, max));
    }

    private static string KeyOf(Row row, IEnumerable<string> fields) =>
        string.Join("\u001F", fields.Select(row.Text));

    private static HashSet<string> UniqueKeys(TableSpec spec, IReadOnlyList<Row> rows, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var key = KeyOf(row, spec.PrimaryKey);
            if (seen.TryGetValue(key, out var first))
            {
                var shown = string.Join(", ", spec.PrimaryKey.Select(f => $"{f}={row.Text(f)}"));
                diagnostics.Add(Messages.DuplicateKey(row.At(spec.PrimaryKey[0]), shown, first));
            }
            else
            {
                seen[key] = row.Line;
            }
        }
        return seen.Keys.ToHashSet(StringComparer.Ordinal);
    }

    private static void CheckReferences(TableSpec spec, Row row, Dictionary<string, HashSet<string>> keys, IReadOnlySet<string> unreadable, DiagnosticBag diagnostics)
    {
        foreach (var field in spec.Fields.Where(f => f.References is not null && !unreadable.Contains(f.References)))
        {
            var value = row.Optional(field.Name);
            if (value is null) continue;
            var target = keys[field.References!];
            if (!target.Contains(value))
            {
                diagnostics.Add(Messages.DanglingReference(row.At(field.Name), field.Name, value, field.References + ".csv",
                    TableReader.Suggest(value, target)));
            }
        }
        foreach (var fk in spec.ForeignKeys.Where(f => f.Fields.Count > 1 && !unreadable.Contains(f.Table)))
        {
            if (fk.Fields.Any(f => row.Optional(f) is null)) continue;
            if (!keys[fk.Table].Contains(KeyOf(row, fk.Fields)))
            {
                var shown = string.Join(", ", fk.Fields.Select(f => $"{f}={row.Text(f)}"));
                diagnostics.Add(Messages.DanglingReference(row.At(fk.Fields[0]), string.Join("+", fk.Fields), shown, fk.Table + ".csv", null));
            }
        }
    }

    private static void CheckConfiguredCodes(TableSpec spec, Row row, PlanConfig config, DiagnosticBag diagnostics)
    {
        foreach (var field in spec.Fields.Where(f => f.AllowedFromConfig is not null))
        {
            var value = row.Optional(field.Name);
            if (value is null) continue;
            if (field.AllowedFromConfig == "rating")
            {
                if (config.Rating.Find(value) is null)
                {
                    diagnostics.Add(Messages.RatingOutOfScale(row.At(field.Name), field.Name, value,
                        string.Join(", ", config.Rating.Levels.Select(l => l.Code))));
                }
            }
            else if (field.AllowedFromConfig == "categories" && config.Categories.All(c => c.Code != value))
            {
                diagnostics.Add(Messages.NotInList(row.At(field.Name), field.Name, value, config.Categories.Select(c => c.Code)));
            }
        }
    }

    private static void CheckEntries(IReadOnlyList<Row> rows, HashSet<int> editions, Plan plan, DiagnosticBag diagnostics)
    {
        foreach (var row in rows)
        {
            var year = row.Int("year");
            if (!editions.Contains(year)) diagnostics.Add(Messages.NotAnEdition(row.At("year"), "year", year));

            var goals = row.Ints("sdg_goals");
            foreach (var goal in goals.Where(g => g is < 1 or > 17))
            {
                diagnostics.Add(Messages.NotInList(row.At("sdg_goals"), "sdg_goals", goal.ToString(CultureInfo.InvariantCulture), ["1", "…", "17"]));
            }
            var targets = row.List("sdg_targets");
            var targetGoals = targets.Select(t => int.Parse(t[..t.IndexOf('.', StringComparison.Ordinal)], CultureInfo.InvariantCulture)).ToHashSet();
            var status = row.Text("sdg_status");
            var hasAny = goals.Count > 0 || targets.Count > 0;
            if (status == "recorded" && !hasAny)
            {
                diagnostics.Add(Messages.Inconsistent(row.At("sdg_status"),
                    "sdg_status が recorded なのに SDGs ゴールもターゲットもありません。",
                    "sdg_status is recorded but no SDG goal or target is given.",
                    "ゴール・ターゲットを書くか、sdg_status を none（記載なし）や lost（抽出で失われた）にしてください。",
                    "Enter the goals or targets, or set sdg_status to none or lost."));
            }
            if (status != "recorded" && hasAny)
            {
                diagnostics.Add(Messages.Inconsistent(row.At("sdg_status"),
                    $"SDGs が書かれているのに sdg_status が {status} です。",
                    $"SDG goals or targets are given but sdg_status is {status}.",
                    "sdg_status を recorded にしてください。",
                    "Set sdg_status to recorded."));
            }
            foreach (var g in targetGoals.Where(g => !goals.Contains(g) && goals.Count > 0))
            {
                diagnostics.Add(Messages.Inconsistent(row.At("sdg_goals"),
                    $"ターゲットのゴール {g} が sdg_goals にありません。",
                    $"The goal {g} of a listed target is missing from sdg_goals.",
                    $"sdg_goals に {g} を加えてください。",
                    $"Add {g} to sdg_goals."));
            }
            var edition = plan.Config.EditionOf(year);
            if (edition is not null && !edition.IsReport && row.Optional("achievement") is not null)
            {
                diagnostics.Add(Messages.Inconsistent(row.At("achievement"),
                    $"{year} 年度は実施計画（plan）なので評価は書けません。",
                    $"{year} is a plan edition, so it has no ratings.",
                    "評価を削除するか、plan.yaml で年度の kind を report にしてください。",
                    "Delete the rating, or make the edition a report in plan.yaml."));
            }
        }
    }

    private static void CheckRelistings(IReadOnlyList<Row> primaries, IReadOnlyList<Row> relistings, DiagnosticBag diagnostics)
    {
        var primaryMeasure = primaries.GroupBy(r => (r.Text("project_id"), r.Int("year")))
            .ToDictionary(g => g.Key, g => g.First().Text("measure_id"));
        foreach (var row in relistings)
        {
            if (primaryMeasure.TryGetValue((row.Text("project_id"), row.Int("year")), out var measure) && measure == row.Text("measure_id"))
            {
                diagnostics.Add(Messages.Inconsistent(row.At("measure_id"),
                    "再掲の施策が、元の掲載と同じ施策です。",
                    "The re-listing is under the same measure as the primary listing.",
                    "再掲は別の施策の下に載せたものです。施策を確認してください。",
                    "A re-listing is under another measure; check measure_id."));
            }
        }
    }

    private static void CheckProjectsAppear(IReadOnlyDictionary<string, IReadOnlyList<Row>> rows, DiagnosticBag diagnostics)
    {
        var listed = rows[Tables.ProjectYears].Select(r => r.Text("project_id"))
            .Concat(rows[Tables.Lineage].Where(r => r.Text("subject") == "project").SelectMany(r => new[] { r.Text("from_id"), r.Text("to_id") }))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var row in rows[Tables.Projects].Where(r => !listed.Contains(r.Text("id"))))
        {
            diagnostics.Add(Messages.ProjectWithoutYear(row.At("id"), row.Text("id")));
        }
    }

    /// <summary>Events that hand a project on to another ID (a rename usually keeps the ID and has no to_id).</summary>
    private static readonly HashSet<string> Succession = ["renamed", "merged", "split", "department-changed"];

    private static readonly HashSet<string> NeedsSuccessor = ["merged", "split", "department-changed"];

    private static void CheckLineage(IReadOnlyList<Row> lineage, Dictionary<string, HashSet<string>> keys, DiagnosticBag diagnostics)
    {
        foreach (var row in lineage)
        {
            var table = row.Text("subject") == "department" ? Tables.Departments : Tables.Projects;
            foreach (var field in new[] { "from_id", "to_id" })
            {
                var value = row.Optional(field);
                if (value is not null && !keys[table].Contains(value))
                {
                    diagnostics.Add(Messages.DanglingReference(row.At(field), field, value, table + ".csv", TableReader.Suggest(value, keys[table])));
                }
            }
            var ev = row.Text("event");
            if (NeedsSuccessor.Contains(ev) && row.Optional("to_id") is null)
            {
                diagnostics.Add(Messages.RequiredValue(row.At("to_id"), "to_id"));
            }
            if (row.Optional("to_id") == row.Text("from_id"))
            {
                diagnostics.Add(Messages.LineageCycle(row.At("to_id"), $"{row.Text("from_id")} → {row.Text("from_id")}"));
            }
        }

        // A chain of successions must not lead back to where it started.
        var edges = lineage.Where(r => Succession.Contains(r.Text("event")) && r.Optional("to_id") is not null && r.Optional("to_id") != r.Text("from_id"))
            .GroupBy(r => (r.Text("subject"), r.Text("from_id")))
            .ToDictionary(g => g.Key, g => g.ToList());
        foreach (var ((subject, start), _) in edges)
        {
            var path = FindCycle(subject, start, edges);
            if (path is not null && path[0] == start && string.Equals(start, path.Min(StringComparer.Ordinal), StringComparison.Ordinal))
            {
                var row = edges[(subject, start)][0];
                diagnostics.Add(Messages.LineageCycle(row.At("from_id"), string.Join(" → ", path.Append(start))));
            }
        }
    }

    private static List<string>? FindCycle(string subject, string start, Dictionary<(string, string), List<Row>> edges)
    {
        var stack = new Stack<(string Node, List<string> Path)>();
        stack.Push((start, [start]));
        var visited = new HashSet<string>();
        while (stack.Count > 0)
        {
            var (node, path) = stack.Pop();
            if (!edges.TryGetValue((subject, node), out var outs)) continue;
            foreach (var next in outs.Select(r => r.Text("to_id")))
            {
                if (next == start) return path;
                if (visited.Add(next)) stack.Push((next, [.. path, next]));
            }
        }
        return null;
    }

    private static void CheckDepartmentSuccession(IReadOnlyList<Row> departments, DiagnosticBag diagnostics)
    {
        var successor = departments.Where(r => r.Optional("successor_id") is not null)
            .ToDictionary(r => r.Text("id"), r => r, StringComparer.Ordinal);
        foreach (var (id, row) in successor)
        {
            var seen = new List<string> { id };
            var current = row.Text("successor_id");
            while (successor.TryGetValue(current, out var next))
            {
                if (current == id)
                {
                    if (string.Equals(id, seen.Min(StringComparer.Ordinal), StringComparison.Ordinal))
                    {
                        diagnostics.Add(Messages.LineageCycle(row.At("successor_id"), string.Join(" → ", seen.Append(id))));
                    }
                    break;
                }
                if (seen.Contains(current)) break;
                seen.Add(current);
                current = next.Text("successor_id");
            }
            if (current == id && !successor.ContainsKey(current)) break;
        }
    }

    private static void CheckIndicators(IReadOnlyDictionary<string, IReadOnlyList<Row>> rows, PlanConfig config, DiagnosticBag diagnostics)
    {
        var indicators = rows[Tables.Indicators].ToDictionary(r => r.Text("id"), StringComparer.Ordinal);
        foreach (var row in indicators.Values)
        {
            if (row.Text("level") == "basic" && row.Optional("measure_id") is null)
            {
                diagnostics.Add(Messages.RequiredValue(row.At("measure_id"), "measure_id"));
            }
        }
        foreach (var row in rows[Tables.IndicatorValues])
        {
            var hasValue = row.Optional("value") is not null;
            var status = row.Text("status");
            if (hasValue != (status == "reported")) diagnostics.Add(Messages.ValueStatusMismatch(row.At("status"), status));
            if (indicators.TryGetValue(row.Text("indicator_id"), out var ind))
            {
                var year = row.Int("year");
                var min = ind.Int("baseline_year");
                var max = config.EndYear ?? int.MaxValue;
                if (year < min || year > max)
                {
                    diagnostics.Add(Messages.YearOutOfRange(row.At("year"), "year", year, min, max));
                }
            }
        }
        foreach (var row in rows[Tables.IndicatorTargets])
        {
            if (indicators.TryGetValue(row.Text("indicator_id"), out var ind) && ind.Text("kind") == "monitoring")
            {
                diagnostics.Add(Messages.Inconsistent(row.At("indicator_id"),
                    "モニタリング指標には目標値を設定しません。",
                    "A monitoring indicator has no target.",
                    "目標値の行を削除するか、indicators.csv の kind を target にしてください。",
                    "Delete the target row, or set the indicator's kind to target."));
            }
        }
        foreach (var group in rows[Tables.IndicatorTargets].Where(r => r.Text("status") == "current")
                     .GroupBy(r => (r.Text("indicator_id"), r.Int("target_year"))).Where(g => g.Count() > 1))
        {
            var second = group.Skip(1).First();
            diagnostics.Add(Messages.Inconsistent(second.At("status"),
                "同じ指標・目標年度に current の目標値が2つあります。",
                "Two current targets for the same indicator and target year.",
                "古い方の status を superseded にしてください。",
                "Mark the older one as superseded."));
        }
    }
}
