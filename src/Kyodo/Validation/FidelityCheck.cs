using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Kyodo.Model;

namespace Kyodo.Validation;

/// <summary>Something in the data that could not be found in the source document it cites.</summary>
public sealed record FidelityFinding(string Table, string Row, string Field, string Value, string DocumentId)
{
    public override string ToString() => $"{Table} [{Row}] {Field} \"{Value}\" not found in {DocumentId}";
}

/// <summary>
/// Checks the transcription against the plain-text source documents: every project name, plan and result
/// text, indicator name, indicator value and activity figure must be found in the document its row cites.
/// Layout whitespace and extraction artefacts (HTML list tags) are ignored; characters must match exactly.
/// </summary>
public static partial class FidelityCheck
{
    [GeneratedRegex("<[^>]+>", RegexOptions.CultureInvariant)]
    private static partial Regex Tags();

    public sealed record Result(IReadOnlyList<FidelityFinding> Findings, int Checked, IReadOnlyList<string> MissingDocuments);

    public static Result Run(Plan plan, string seedsDirectory)
    {
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        var missingDocs = new List<string>();
        foreach (var source in plan.Sources)
        {
            var path = Path.Combine(seedsDirectory, source.SeedFile);
            if (File.Exists(path)) documents[source.Id] = Squash(Tags().Replace(File.ReadAllText(path), ""));
            else missingDocs.Add(source.Id);
        }

        var findings = new List<FidelityFinding>();
        var checkedCount = 0;
        void Check(string table, string row, string field, string value, SourceRef source, string? needle = null)
        {
            if (value.Length == 0 || !documents.TryGetValue(source.DocumentId, out var doc)) return;
            checkedCount++;
            if (!doc.Contains(Squash(needle ?? value), StringComparison.Ordinal))
            {
                findings.Add(new FidelityFinding(table, row, field, value, source.DocumentId));
            }
        }

        foreach (var e in plan.Entries)
        {
            var row = $"{e.ProjectId} {e.Year}" + (e.IsRelisting ? " re-listing" : "");
            var table = e.IsRelisting ? "relistings" : "project_years";
            Check(table, row, "name_ja", e.Name.Ja, e.Source);
            foreach (var line in e.Plan.Ja.Split('\n')) Check(table, row, "plan_ja", line, e.Source);
            foreach (var line in e.Result.Ja.Split('\n')) Check(table, row, "result_ja", line, e.Source);
            foreach (var line in e.Effect.Ja.Split('\n')) Check(table, row, "effect_ja", line, e.Source);
            if (plan.DepartmentById.TryGetValue(e.DepartmentId, out var dept) && dept.Note.Ja.Length == 0)
            {
                Check(table, row, "department_id", dept.Section.Ja, e.Source);
            }
        }

        foreach (var m in plan.Metrics)
        {
            var row = $"{m.ProjectId} {m.Year} {m.Field} {m.Seq}";
            Check("metrics", row, "text_ja", m.TextJa, m.Source);
            if (!NumberVariants(m.Value).Any(v => Squash(m.TextJa).Contains(v, StringComparison.Ordinal)))
            {
                findings.Add(new FidelityFinding("metrics", row, "value", m.Value.ToString(CultureInfo.InvariantCulture), "its own text_ja"));
            }
        }

        foreach (var i in plan.Indicators)
        {
            Check("indicators", i.Id, "name_ja", i.Name.Ja, i.Source);
            Check("indicators", i.Id, "description_ja", i.Description.Ja, i.Source);
        }

        foreach (var v in plan.Values)
        {
            var row = $"{v.IndicatorId} {v.Year}";
            if (v.Printed is not null) Check("indicator_values", row, "printed", v.Printed, v.Source);
            if (v.Value is { } value && !NumberVariants(value).Any(n => Squash(v.Printed ?? "").Contains(n, StringComparison.Ordinal)))
            {
                findings.Add(new FidelityFinding("indicator_values", row, "value", value.ToString(CultureInfo.InvariantCulture), "its own printed cell"));
            }
        }

        foreach (var t in plan.ProjectTargets)
        {
            var row = $"{t.ProjectId} {t.Year} {t.Seq}";
            Check("project_targets", row, "name_ja", t.Name.Ja, t.Source);
            foreach (var (stem, point) in new[] { ("baseline", t.Baseline), ("target", t.Target), ("current", t.Current) })
            {
                if (point.Printed is null) continue;
                Check("project_targets", row, stem + "_printed", point.Printed, t.Source);
                if (point.Value is { } value && !NumberVariants(value).Any(n => Squash(point.Printed).Contains(n, StringComparison.Ordinal)))
                {
                    findings.Add(new FidelityFinding("project_targets", row, stem + "_value", value.ToString(CultureInfo.InvariantCulture), "its own printed cell"));
                }
                if (point.Text.Ja.Length > 0 && !Squash(point.Printed).Contains(Squash(point.Text.Ja), StringComparison.Ordinal))
                {
                    findings.Add(new FidelityFinding("project_targets", row, stem + "_ja", point.Text.Ja, "its own printed cell"));
                }
            }
        }

        // A partner type no entry uses may be known only from a printed range (①~⑦), so only used ones are checked.
        var usedPartners = plan.Entries.SelectMany(e => e.Partners).ToHashSet(StringComparer.Ordinal);
        foreach (var p in plan.Partners.Where(p => usedPartners.Contains(p.Id))) Check("partners", p.Id, "symbol", p.Symbol, p.Source);
        foreach (var m in plan.Measures) Check("measures", m.Id, "name_ja", m.Name.Ja, m.Source);
        foreach (var p in plan.Policies) Check("policies", p.Id, "name_ja", p.Name.Ja, p.Source);

        foreach (var t in plan.Targets)
        {
            var row = $"{t.IndicatorId} {t.TargetYear} set in {t.SetIn}";
            if (!documents.TryGetValue(t.Source.DocumentId, out var doc)) continue;
            checkedCount++;
            if (!NumberVariants(t.Value).Any(n => doc.Contains(n, StringComparison.Ordinal)))
            {
                findings.Add(new FidelityFinding("indicator_targets", row, "value", t.Value.ToString(CultureInfo.InvariantCulture), t.Source.DocumentId));
            }
        }

        return new Result(findings, checkedCount, missingDocs);
    }

    /// <summary>Removes layout whitespace (spaces, tabs, line ends, ideographic spaces) that PDF extraction moves around.</summary>
    public static string Squash(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c)) sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>The ways a number may be printed: 1901, 1,901, with its decimals (67.6, 70.0), half- or full-width.</summary>
    public static IEnumerable<string> NumberVariants(decimal value)
    {
        var plain = value.ToString(CultureInfo.InvariantCulture);
        var forms = new HashSet<string>(StringComparer.Ordinal) { plain, value.ToString("#,0.################", CultureInfo.InvariantCulture) };
        if (value == decimal.Truncate(value))
        {
            forms.Add(value.ToString("0.0", CultureInfo.InvariantCulture));
            forms.Add(value.ToString("#,0.0", CultureInfo.InvariantCulture));
        }
        foreach (var f in forms.ToList()) forms.Add(ToFullWidth(f));
        return forms;
    }

    private static string ToFullWidth(string s) => new(s.Select(c => c is >= '0' and <= '9' ? (char)(c - '0' + '０') : c).ToArray());
}
