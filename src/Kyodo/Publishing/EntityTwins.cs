using System.Text.Json;
using Kyodo.Schema;

namespace Kyodo.Publishing;

/// <summary>
/// The data of one project or indicator, published beside its page (<c>projects/p001.json</c> and
/// <c>.csv</c>) with the same fields as the tables. The JSON holds every table's rows about the entity;
/// the CSV holds its yearly rows (project_years or indicator_values), with a copy for Excel beside it
/// (<c>projects/p001.excel.csv</c>: BOM, formula-like cells escaped), as the site-wide tables have.
/// </summary>
public static class EntityTwins
{
    /// <summary>Tables of a plan by name, as <see cref="PlanTables.Of"/> returns them.</summary>
    public static IReadOnlyDictionary<string, TableData> ByName(IReadOnlyList<TableData> tables) =>
        tables.ToDictionary(t => t.Spec.Name, StringComparer.Ordinal);

    public static (byte[] Json, byte[] Csv, byte[] Excel) Project(IReadOnlyDictionary<string, TableData> tables, string planId, string id, string url, string schemaUrl)
    {
        var lineage = tables[Tables.Lineage];
        var (subject, from, to) = (lineage.IndexOf("subject"), lineage.IndexOf("from_id"), lineage.IndexOf("to_id"));
        var events = lineage with { Rows = lineage.Rows.Where(r => r[subject] == "project" && (r[from] == id || r[to] == id)).ToList() };
        var years = tables[Tables.ProjectYears].Where("project_id", id);
        var json = Write(schemaUrl, planId, id, url, w =>
        {
            One(w, "project", tables[Tables.Projects].Where("id", id));
            One(w, "overview", tables[DerivedTables.ProjectOverview].Where("id", id));
            Many(w, "years", years);
            Many(w, "relistings", tables[Tables.Relistings].Where("project_id", id));
            Many(w, "lineage", events);
            Many(w, "metrics", tables[Tables.Metrics].Where("project_id", id));
            Many(w, "targets", tables[Tables.ProjectTargets].Where("project_id", id));
        });
        return (json, CsvTableWriter.Canonical(years), CsvTableWriter.ExcelCopy(years));
    }

    public static (byte[] Json, byte[] Csv, byte[] Excel) Indicator(IReadOnlyDictionary<string, TableData> tables, string planId, string id, string url, string schemaUrl)
    {
        var values = tables[Tables.IndicatorValues].Where("indicator_id", id);
        var json = Write(schemaUrl, planId, id, url, w =>
        {
            One(w, "indicator", tables[Tables.Indicators].Where("id", id));
            Many(w, "values", values);
            Many(w, "targets", tables[Tables.IndicatorTargets].Where("indicator_id", id));
            Many(w, "assessments", tables[Tables.IndicatorAssessments].Where("indicator_id", id));
            Many(w, "series_breaks", tables[Tables.SeriesBreaks].Where("indicator_id", id));
        });
        return (json, CsvTableWriter.Canonical(values), CsvTableWriter.ExcelCopy(values));
    }

    private static byte[] Write(string schemaUrl, string planId, string id, string url, Action<Utf8JsonWriter> body) => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("$schema", schemaUrl);
        w.WriteString("plan", planId);
        w.WriteString("id", id);
        w.WriteString("url", url);
        body(w);
        w.WriteEndObject();
    });

    private static void One(Utf8JsonWriter w, string property, TableData table)
    {
        if (table.Rows.Count != 1) throw new InvalidOperationException($"Expected one {table.Spec.Name} row for {property}, found {table.Rows.Count}.");
        w.WritePropertyName(property);
        JsonTableWriter.Row(w, table.Spec, table.Rows[0]);
    }

    private static void Many(Utf8JsonWriter w, string property, TableData table)
    {
        w.WritePropertyName(property);
        JsonTableWriter.Rows(w, table);
    }
}
