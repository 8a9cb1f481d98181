using System.Text.Json.Nodes;
using Kyodo.Model;

namespace Kyodo.Schema;

/// <summary>
/// JSON Schemas (draft 2020-12) of every published JSON file, generated from the table definitions: one per
/// table file (<c>projects.schema.json</c> …) and one per kind of per-entity file (<c>project.schema.json</c>,
/// <c>indicator.schema.json</c>). Each has an absolute <c>$id</c> under the site's versioned schema folder.
/// The schemas only use standard keywords and never union types, so strict validators (ajv) accept them.
/// </summary>
public static class JsonSchemas
{
    public const string MetaSchema = "https://json-schema.org/draft/2020-12/schema";
    public const string Project = "project";
    public const string Indicator = "indicator";

    public const string IdPattern = "^[a-z0-9][a-z0-9-]{0,63}$";
    public const string SourcePattern = "^[a-z0-9][a-z0-9-]{0,63}(#[\\s\\S]*)?$";
    public const string MonthPattern = "^[0-9]{4}-(0[1-9]|1[0-2])$";
    public const string SdgTargetPattern = "^([1-9]|1[0-7])\\.([0-9]{1,2}|[a-z])$";
    public const int MinYear = 1900;
    public const int MaxYear = 2200;

    /// <summary>Every table with a JSON file: a plan's input tables, the SDG goals and the derived tables.</summary>
    public static IReadOnlyList<TableSpec> PublishedTables { get; } = [.. Tables.All, Tables.SdgGoals, .. DerivedTables.All];

    public static string FileName(string name) => name + ".schema.json";

    /// <summary>The site path of a schema ("schema/1.0.0/projects.schema.json").</summary>
    public static string SitePath(string name, string version = SchemaVersion.Current) => $"{SchemaVersion.Folder}/{version}/{FileName(name)}";

    /// <summary>The absolute URL a schema is published at, which is also its $id.</summary>
    public static string Url(string siteUrl, string name, string version = SchemaVersion.Current) => siteUrl.TrimEnd('/') + "/" + SitePath(name, version);

    /// <summary>Every schema of the current version, by name, in a fixed order.</summary>
    public static IReadOnlyList<(string Name, JsonObject Schema)> All(string siteUrl) =>
    [
        .. PublishedTables.Select(t => (t.Name, ForTable(t, siteUrl))),
        (Project, ForProject(siteUrl)),
        (Indicator, ForIndicator(siteUrl)),
    ];

    public static JsonObject ForTable(TableSpec spec, string siteUrl)
    {
        var schema = Head(siteUrl, spec.Name, $"{spec.Title.En} / {spec.Title.Ja}", $"{spec.Description.En} / {spec.Description.Ja}");
        schema["type"] = "object";
        schema["properties"] = new JsonObject
        {
            ["$schema"] = SchemaProperty(),
            ["table"] = new JsonObject { ["description"] = "Name of the table / 表の名前", ["const"] = spec.Name },
            ["plan"] = PlanProperty(),
            ["rows"] = new JsonObject
            {
                ["description"] = "One object per row of the CSV file, fields in the same order / CSV の1行が1つのオブジェクト",
                ["type"] = "array",
                ["items"] = new JsonObject { ["$ref"] = "#/$defs/row" },
            },
        };
        schema["required"] = Array("$schema", "table", "plan", "rows");
        schema["additionalProperties"] = false;
        schema["$defs"] = new JsonObject { ["row"] = Row(spec) };
        return schema;
    }

    public static JsonObject ForProject(string siteUrl) => Twin(siteUrl, Project,
        "One project: its registry row, overview, every yearly entry and re-listing, lineage events, activity figures and target indicators / 1事業のすべてのデータ",
        ("project", Tables.Projects, false), ("overview", DerivedTables.ProjectOverview, false), ("years", Tables.ProjectYears, true),
        ("relistings", Tables.Relistings, true), ("lineage", Tables.Lineage, true), ("metrics", Tables.Metrics, true),
        ("targets", Tables.ProjectTargets, true));

    public static JsonObject ForIndicator(string siteUrl) => Twin(siteUrl, Indicator,
        "One indicator: its definition, yearly values, targets and revisions, the city's progress marks and method changes / 1指標のすべてのデータ",
        ("indicator", Tables.Indicators, false), ("values", Tables.IndicatorValues, true), ("targets", Tables.IndicatorTargets, true),
        ("assessments", Tables.IndicatorAssessments, true), ("series_breaks", Tables.SeriesBreaks, true));

    private static JsonObject Twin(string siteUrl, string name, string description, params (string Property, string Table, bool Many)[] parts)
    {
        var schema = Head(siteUrl, name, name, description);
        schema["type"] = "object";
        var properties = new JsonObject
        {
            ["$schema"] = SchemaProperty(),
            ["plan"] = PlanProperty(),
            ["id"] = new JsonObject { ["description"] = "Permanent ID / 恒久 ID", ["type"] = "string", ["pattern"] = IdPattern },
            ["url"] = new JsonObject { ["description"] = "The stable URL of its page / ページの恒久 URL", ["type"] = "string", ["format"] = "uri" },
        };
        foreach (var (property, table, many) in parts)
        {
            var spec = PublishedTables.First(t => t.Name == table);
            var reference = new JsonObject { ["$ref"] = FileName(table) + "#/$defs/row" };
            properties[property] = many
                ? new JsonObject { ["description"] = $"Rows of {table} / {spec.Title.Ja}の行", ["type"] = "array", ["items"] = reference }
                : new JsonObject { ["description"] = $"Its row of {table} / {spec.Title.Ja}の行", ["$ref"] = reference["$ref"]!.GetValue<string>() };
        }
        schema["properties"] = properties;
        schema["required"] = Array([.. properties.Select(p => p.Key)]);
        schema["additionalProperties"] = false;
        return schema;
    }

    private static JsonObject Head(string siteUrl, string name, string title, string description) => new()
    {
        ["$schema"] = MetaSchema,
        ["$id"] = Url(siteUrl, name),
        ["title"] = title,
        ["description"] = description,
        ["$comment"] = $"Kyodo data format {SchemaVersion.Current}. A released version never changes; a new version is published beside it.",
    };

    private static JsonObject SchemaProperty() => new()
    {
        ["description"] = "URL of the JSON Schema this file conforms to / このファイルが従う JSON Schema の URL",
        ["type"] = "string",
        ["format"] = "uri",
    };

    private static JsonObject PlanProperty() => new()
    {
        ["description"] = "ID of the plan / 計画の ID",
        ["type"] = "string",
        ["pattern"] = IdPattern,
    };

    /// <summary>The schema of one row: every field present, null where the value is missing.</summary>
    public static JsonObject Row(TableSpec spec)
    {
        var properties = new JsonObject();
        foreach (var field in spec.Fields) properties[field.Name] = Field(field);
        return new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = Array([.. spec.Fields.Select(f => f.Name)]),
            ["additionalProperties"] = false,
        };
    }

    public static JsonObject Field(FieldSpec field)
    {
        var description = Describe(field);
        var value = Value(field);
        var lists = field.Type is FieldType.IntegerList or FieldType.SdgTargetList;
        if (field.Required || lists)
        {
            var node = new JsonObject { ["description"] = description };
            foreach (var (key, v) in value) node[key] = v?.DeepClone();
            return node;
        }
        return new JsonObject
        {
            ["description"] = description,
            ["anyOf"] = new JsonArray(value, new JsonObject { ["type"] = "null" }),
        };
    }

    /// <summary>"English / 日本語", with the unit where the field has one.</summary>
    public static string Describe(FieldSpec field)
    {
        var unit = UnitOf(field);
        var text = $"{field.Description.En} / {field.Description.Ja}";
        return unit is null ? text : $"{text} [{unit.En} / {unit.Ja}]";
    }

    /// <summary>The field's unit: declared, or the fiscal year for year fields.</summary>
    public static LocalizedText? UnitOf(FieldSpec field) =>
        field.Unit ?? (field.Type == FieldType.Year ? new LocalizedText("年度（4月〜翌年3月、西暦）", "fiscal year (April to March), Western calendar") : null);

    private static JsonObject Value(FieldSpec field) => field.Type switch
    {
        FieldType.Text => field.Required ? new JsonObject { ["type"] = "string", ["minLength"] = 1 } : new JsonObject { ["type"] = "string" },
        FieldType.Id => new JsonObject { ["type"] = "string", ["pattern"] = IdPattern },
        FieldType.Integer => new JsonObject { ["type"] = "integer" },
        FieldType.Number => new JsonObject { ["type"] = "number" },
        FieldType.Year => new JsonObject { ["type"] = "integer", ["minimum"] = MinYear, ["maximum"] = MaxYear },
        FieldType.Boolean => new JsonObject { ["type"] = "boolean" },
        FieldType.Code when field.Allowed.Count > 0 => new JsonObject { ["type"] = "string", ["enum"] = Array([.. field.Allowed]) },
        FieldType.Code => new JsonObject { ["type"] = "string", ["minLength"] = 1, ["$comment"] = $"Codes declared in the plan's plan.yaml ({field.AllowedFromConfig}); listed in datapackage.json." },
        FieldType.IntegerList => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "integer" } },
        FieldType.SdgTargetList => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string", ["pattern"] = SdgTargetPattern } },
        FieldType.Source => new JsonObject { ["type"] = "string", ["pattern"] = SourcePattern },
        FieldType.Month => new JsonObject { ["type"] = "string", ["pattern"] = MonthPattern },
        _ => throw new InvalidOperationException($"No JSON Schema for field type {field.Type}."),
    };

    private static JsonArray Array(params string[] values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);
}
