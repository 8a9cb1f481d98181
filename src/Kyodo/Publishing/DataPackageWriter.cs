using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Kyodo.Model;
using Kyodo.Schema;

namespace Kyodo.Publishing;

/// <summary>
/// Writes <c>datapackage.json</c>: a Frictionless Data Package (v2, with the v1 keys <c>profile</c> and
/// <c>role</c> beside their v2 forms so that v1 tools read it too) describing every CSV file of a plan's
/// folder with its fields, types, units, bilingual descriptions, missing values and keys.
/// </summary>
public static class DataPackageWriter
{
    public const string ProfileV2 = "https://datapackage.org/profiles/2.0/datapackage.json";
    public const string ResourceProfileV2 = "https://datapackage.org/profiles/2.0/dataresource.json";

    public static JsonObject Build(DatasetInfo info, string version, IReadOnlyList<PublishedTable> tables)
    {
        var config = info.Plan.Config;
        var package = new JsonObject
        {
            ["$schema"] = ProfileV2,
            ["profile"] = "tabular-data-package",
            ["name"] = info.PackageName,
            ["id"] = info.LandingUrl,
            ["title"] = $"{info.Title.Ja} / {info.Title.In(Language.En)}",
            ["description"] = $"{info.Description.In(Language.En)}\n\n{info.Description.Ja}\n\n{Licence.Translations.In(Language.En)} {Licence.Translations.Ja}",
            ["homepage"] = info.LandingUrl,
            ["version"] = version,
            ["keywords"] = Strings(config.City.Ja, config.City.In(Language.En), config.Name.Ja, "協働", "collaboration", "計画", "plan", "指標", "indicators", "SDGs", "open data", "オープンデータ"),
            ["licenses"] = new JsonArray(
                new JsonObject { ["path"] = Licence.UrlJa, ["title"] = $"{Licence.Name.Ja} / {Licence.Name.En}" },
                new JsonObject { ["name"] = "CC-BY-4.0", ["path"] = Licence.CcBy, ["title"] = "Creative Commons Attribution 4.0 (PDL1.0 is compatible with it / PDL1.0 と互換)" }),
            ["contributors"] = new JsonArray(new JsonObject
            {
                ["title"] = $"{info.Publisher.Ja} / {info.Publisher.In(Language.En)}",
                ["path"] = info.SiteUrl + "/",
                ["roles"] = Strings("creator", "publisher"),
                ["role"] = "publisher",
            }),
            ["sources"] = new JsonArray([.. info.Plan.Sources.Select(s => (JsonNode)new JsonObject
            {
                ["title"] = $"{s.Issuer.Ja}「{s.Title.Ja}」 / {s.Issuer.In(Language.En)}, {s.Title.In(Language.En)}",
                ["version"] = s.Published ?? $"FY{s.FiscalYear}",
            })]),
            ["kyodo:schemaVersion"] = SchemaVersion.Current,
            ["kyodo:temporalCoverage"] = info.TemporalCoverage,
            ["kyodo:attribution"] = Licence.Attribution(info.Publisher, info.Title, info.LandingUrl).Ja,
            ["kyodo:citation"] = Citation.Dataset(info, version).Ja,
            ["resources"] = new JsonArray([.. tables.Select(t => (JsonNode)Resource(info, t))]),
        };
        return package;
    }

    private static JsonObject Resource(DatasetInfo info, PublishedTable table)
    {
        var spec = table.Data.Spec;
        var resource = new JsonObject
        {
            ["name"] = spec.Name,
            ["type"] = "table",
            ["profile"] = "tabular-data-resource",
            ["$schema"] = ResourceProfileV2,
            ["path"] = info.Layout.Relative(table.CsvPath),
            ["title"] = $"{spec.Title.Ja} / {spec.Title.En}",
            ["description"] = $"{spec.Description.En}\n\n{spec.Description.Ja}" + (table.Derived ? "\n\nDerived by Kyodo; not an input table. / Kyodo が算出した表（入力の表ではありません）。" : ""),
            ["format"] = "csv",
            ["mediatype"] = "text/csv",
            ["encoding"] = "utf-8",
            ["bytes"] = table.Csv.Length,
            ["hash"] = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(table.Csv)),
            ["dialect"] = new JsonObject
            {
                ["delimiter"] = ",",
                ["lineTerminator"] = "\r\n",
                ["quoteChar"] = "\"",
                ["doubleQuote"] = true,
                ["header"] = true,
            },
            ["schema"] = TableSchema(info.Plan.Config, spec),
            ["kyodo:json"] = info.Layout.Relative(table.JsonPath),
            ["kyodo:jsonSchema"] = table.SchemaUrl,
            ["kyodo:excelCopy"] = info.Layout.Relative(table.ExcelPath),
        };
        return resource;
    }

    /// <summary>The Frictionless Table Schema of a table, from its definition and the plan's declared codes.</summary>
    public static JsonObject TableSchema(PlanConfig config, TableSpec spec)
    {
        var schema = new JsonObject
        {
            ["fields"] = new JsonArray([.. spec.Fields.Select(f => (JsonNode)Field(config, f))]),
            ["missingValues"] = Strings(""),
        };
        // A primary key cannot hold a missing value; where a key field is optional (commentary on the whole
        // plan has no measure), the key is published as a unique key, which allows it.
        if (spec.PrimaryKey.All(k => spec.Field(k)!.Required)) schema["primaryKey"] = Strings([.. spec.PrimaryKey]);
        else schema["uniqueKeys"] = new JsonArray(Strings([.. spec.PrimaryKey]));

        var foreignKeys = new JsonArray();
        foreach (var fk in ForeignKeys(spec))
        {
            foreignKeys.Add(new JsonObject
            {
                ["fields"] = Strings([.. fk.Fields]),
                // v1 writes a reference to the same table as "", v2 omits it and reads "" the same way.
                ["reference"] = new JsonObject { ["resource"] = fk.Table == spec.Name ? "" : fk.Table, ["fields"] = Strings([.. fk.TableFields]) },
            });
        }
        if (foreignKeys.Count > 0) schema["foreignKeys"] = foreignKeys;
        return schema;
    }

    /// <summary>The declared foreign keys, and a single-field key for every other field that refers to a table.</summary>
    public static IReadOnlyList<ForeignKeySpec> ForeignKeys(TableSpec spec)
    {
        var keys = spec.ForeignKeys.ToList();
        foreach (var field in spec.Fields.Where(f => f.References is not null))
        {
            if (keys.Any(k => k.Fields.Count == 1 && k.Fields[0] == field.Name)) continue;
            keys.Add(new ForeignKeySpec([field.Name], field.References!, ["id"]));
        }
        return keys;
    }

    private static JsonObject Field(PlanConfig config, FieldSpec field)
    {
        var node = new JsonObject
        {
            ["name"] = field.Name,
            ["type"] = FrictionlessType(field.Type),
            ["description"] = $"{field.Description.En} / {field.Description.Ja}",
        };
        var constraints = new JsonObject();
        if (field.Required) constraints["required"] = true;
        switch (field.Type)
        {
            case FieldType.Id:
                constraints["pattern"] = "[a-z0-9][a-z0-9\\-]{0,63}";
                break;
            case FieldType.Source:
                constraints["pattern"] = "[a-z0-9][a-z0-9\\-]{0,63}(#.*)?";
                break;
            case FieldType.Year:
                constraints["minimum"] = JsonSchemas.MinYear;
                constraints["maximum"] = JsonSchemas.MaxYear;
                break;
            case FieldType.IntegerList:
                node["delimiter"] = ";";
                node["itemType"] = "integer";
                break;
            case FieldType.SdgTargetList:
                node["delimiter"] = ";";
                node["itemType"] = "string";
                break;
            case FieldType.Code:
                var codes = Codes(config, field);
                if (codes.Count == 0) break;
                constraints["enum"] = Strings([.. codes.Select(c => c.Value)]);
                node["categories"] = new JsonArray([.. codes.Select(c => (JsonNode)(c.Label is null
                    ? new JsonObject { ["value"] = c.Value }
                    : new JsonObject { ["value"] = c.Value, ["label"] = c.Label }))]);
                if (field.AllowedFromConfig == "rating") node["categoriesOrdered"] = true;
                break;
        }
        if (constraints.Count > 0) node["constraints"] = constraints;
        if (JsonSchemas.UnitOf(field) is { } unit) node["kyodo:unit"] = $"{unit.En} / {unit.Ja}";
        return node;
    }

    /// <summary>The codes a field allows: fixed in the definition, or declared in plan.yaml with their labels.</summary>
    public static IReadOnlyList<(string Value, string? Label)> Codes(PlanConfig config, FieldSpec field) => field.AllowedFromConfig switch
    {
        // The rating scale is listed worst first, so that an ordered category reads low to high.
        "rating" => config.Rating.Levels.OrderByDescending(l => l.Order).Select(l => (l.Code, (string?)$"{l.Label.Ja} / {l.Label.In(Language.En)}")).ToList(),
        "categories" => config.Categories.Select(c => (c.Code, (string?)$"{c.Label.Ja} / {c.Label.In(Language.En)}")).ToList(),
        _ => field.Allowed.Select(a => (a, (string?)null)).ToList(),
    };

    public static string FrictionlessType(FieldType type) => type switch
    {
        FieldType.Integer or FieldType.Year => "integer",
        FieldType.Number => "number",
        FieldType.Boolean => "boolean",
        FieldType.IntegerList or FieldType.SdgTargetList => "list",
        FieldType.Month => "yearmonth",
        _ => "string",
    };

    private static JsonArray Strings(params string[] values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);
}
