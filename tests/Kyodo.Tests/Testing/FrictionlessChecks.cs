using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kyodo.Diagnostics;
using Kyodo.Loading.Csv;

namespace Kyodo.Tests.Testing;

/// <summary>
/// The rules of the Frictionless Data Package, Data Resource, Table Dialect and Table Schema specifications
/// (v2, and the v1 forms v2 keeps) that can be checked offline, written out here as an independent check of
/// Kyodo's datapackage.json: first the descriptor, then the data of every tabular resource against it
/// (header, types, constraints, primary, unique and foreign keys). Returns every problem found.
/// </summary>
public static class FrictionlessChecks
{
    private static readonly HashSet<string> FieldTypes =
        ["string", "number", "integer", "boolean", "object", "array", "list", "datetime", "date", "time", "year", "yearmonth", "duration", "geopoint", "geojson", "any"];

    private static readonly HashSet<string> ListItemTypes = ["string", "integer", "boolean", "number", "datetime", "date", "time"];

    private static readonly HashSet<string> ConstraintNames =
        ["required", "unique", "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "jsonSchema", "pattern", "enum"];

    private static readonly HashSet<string> RangeTypes = ["integer", "number", "date", "time", "datetime", "duration", "year", "yearmonth"];

    private static readonly Regex NamePattern = new("^[a-z0-9._-]+$", RegexOptions.CultureInvariant);

    public static IReadOnlyList<string> Check(string folder)
    {
        var problems = new List<string>();
        var path = Path.Combine(folder, "datapackage.json");
        if (!File.Exists(path)) return ["datapackage.json is missing"];
        JsonObject package;
        try
        {
            package = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        }
        catch (Exception e)
        {
            return [$"datapackage.json is not a JSON object: {e.Message}"];
        }
        CheckPackage(package, folder, problems);
        if (problems.Count > 0) return problems;

        var resources = package["resources"]!.AsArray().Select(r => r!.AsObject()).ToList();
        var tables = new Dictionary<string, Table>(StringComparer.Ordinal);
        foreach (var resource in resources.Where(IsTabular))
        {
            var table = ReadTable(resource, folder, problems);
            if (table is not null) tables[table.Name] = table;
        }
        foreach (var table in tables.Values) CheckKeys(table, tables, problems);
        return problems;
    }

    private static bool IsTabular(JsonObject r) => r["type"]?.GetValue<string>() == "table" || r["profile"]?.GetValue<string>() == "tabular-data-resource";

    // ---- descriptor -------------------------------------------------------------------------------------

    private static void CheckPackage(JsonObject p, string folder, List<string> problems)
    {
        if (p["resources"] is not JsonArray resources || resources.Count == 0) problems.Add("resources: required, a non-empty array");
        if (p["name"] is { } name && (!IsString(name) || !NamePattern.IsMatch(name.GetValue<string>()))) problems.Add("name: lowercase letters, digits, '.', '-' and '_' only");
        foreach (var key in new[] { "$schema", "profile", "id", "title", "description", "homepage", "version" })
        {
            if (p[key] is { } v && !IsString(v)) problems.Add($"{key}: must be a string");
        }
        if (p["$schema"] is { } schema && IsString(schema) && !IsUrl(schema.GetValue<string>())) problems.Add("$schema: must be a URL");
        if (p["licenses"] is { } licenses)
        {
            if (licenses is not JsonArray la) problems.Add("licenses: must be an array");
            else foreach (var l in la)
            {
                if (l is not JsonObject lo || (lo["name"] is null && lo["path"] is null)) problems.Add("licenses: each licence needs a name or a path");
                else if (lo["path"] is { } lp && !IsUrlOrPath(lp.GetValue<string>())) problems.Add($"licenses: bad path {lp}");
            }
        }
        foreach (var key in new[] { "contributors", "sources" })
        {
            if (p[key] is null) continue;
            if (p[key] is not JsonArray a) { problems.Add($"{key}: must be an array"); continue; }
            foreach (var item in a)
            {
                if (item is not JsonObject o || o.Count == 0) problems.Add($"{key}: each entry must be an object with at least one property");
                else if (o["roles"] is { } roles && (roles is not JsonArray ra || ra.Any(x => !IsString(x)))) problems.Add($"{key}: roles must be an array of strings");
            }
        }
        if (p["keywords"] is { } keywords && (keywords is not JsonArray ka || ka.Any(x => !IsString(x)))) problems.Add("keywords: must be an array of strings");
        if (p["resources"] is not JsonArray list) return;

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in list)
        {
            if (node is not JsonObject r) { problems.Add("resources: each resource must be an object"); continue; }
            CheckResource(r, folder, names, problems);
        }
        foreach (var r in list.OfType<JsonObject>().Where(IsTabular))
        {
            if (r["schema"] is JsonObject s) CheckForeignKeyTargets(r, s, list.OfType<JsonObject>().ToList(), problems);
        }
    }

    private static void CheckResource(JsonObject r, string folder, HashSet<string> names, List<string> problems)
    {
        var name = r["name"] is { } n && IsString(n) ? n.GetValue<string>() : null;
        var at = $"resource {name ?? "?"}";
        if (name is null) { problems.Add("resource: name is required"); return; }
        if (!NamePattern.IsMatch(name)) problems.Add($"{at}: name must use lowercase letters, digits, '.', '-' and '_'");
        if (!names.Add(name)) problems.Add($"{at}: name is not unique");
        var hasPath = r["path"] is not null;
        if (hasPath == (r["data"] is not null)) problems.Add($"{at}: exactly one of path and data is required");
        if (r["type"] is { } type && type.GetValue<string>() != "table") problems.Add($"{at}: type must be \"table\" when given");
        if (!hasPath) return;
        if (r["path"] is not JsonValue pv || !IsString(pv)) { problems.Add($"{at}: path must be a string"); return; }
        var path = pv.GetValue<string>();
        if (!IsUrlOrPath(path)) { problems.Add($"{at}: path {path} must be a URL or a relative POSIX path without '..'"); return; }
        var file = Path.Combine(folder, path);
        if (!File.Exists(file)) { problems.Add($"{at}: {path} does not exist"); return; }
        var bytes = File.ReadAllBytes(file);
        if (r["bytes"] is { } b && b.GetValue<long>() != bytes.Length) problems.Add($"{at}: bytes {b} but the file has {bytes.Length}");
        if (r["hash"] is { } h)
        {
            var text = h.GetValue<string>();
            // Kyodo writes SHA-256; an unprefixed (MD5) hash is not something this check needs to read.
            var expected = text.StartsWith("sha256:", StringComparison.Ordinal) ? Convert.ToHexStringLower(SHA256.HashData(bytes)) : null;
            if (expected is null) problems.Add($"{at}: unsupported hash {text}");
            else if (text[(text.IndexOf(':', StringComparison.Ordinal) + 1)..] != expected) problems.Add($"{at}: hash does not match the file");
        }
        if (r["encoding"] is { } e && !e.GetValue<string>().Equals("utf-8", StringComparison.OrdinalIgnoreCase)) problems.Add($"{at}: this check only reads utf-8");
        if (r["dialect"] is { } d)
        {
            if (d is not JsonObject dialect) problems.Add($"{at}: dialect must be an object");
            else
            {
                foreach (var key in new[] { "delimiter", "quoteChar" })
                {
                    if (dialect[key] is { } c && c.GetValue<string>().Length != 1) problems.Add($"{at}: dialect.{key} must be one character");
                }
                foreach (var key in new[] { "doubleQuote", "header" })
                {
                    if (dialect[key] is { } v && v.GetValueKind() is not (System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False)) problems.Add($"{at}: dialect.{key} must be a boolean");
                }
                if (dialect["lineTerminator"] is { } lt && lt.GetValue<string>() is not ("\r\n" or "\n" or "\r")) problems.Add($"{at}: dialect.lineTerminator {lt}");
            }
        }
        if (IsTabular(r))
        {
            if (r["schema"] is not JsonObject schema) problems.Add($"{at}: a tabular resource needs a schema object");
            else CheckSchema(at, schema, problems);
        }
    }

    private static void CheckSchema(string at, JsonObject schema, List<string> problems)
    {
        if (schema["fields"] is not JsonArray fields || fields.Count == 0) { problems.Add($"{at}: schema.fields must be a non-empty array"); return; }
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in fields)
        {
            if (node is not JsonObject f || f["name"] is not { } n || !IsString(n)) { problems.Add($"{at}: every field needs a name"); continue; }
            var name = n.GetValue<string>();
            var fat = $"{at}.{name}";
            if (!names.Add(name)) problems.Add($"{fat}: duplicate field name");
            var type = f["type"]?.GetValue<string>() ?? "any";
            if (!FieldTypes.Contains(type)) problems.Add($"{fat}: unknown type {type}");
            if (type == "list")
            {
                if (f["itemType"] is { } it && !ListItemTypes.Contains(it.GetValue<string>())) problems.Add($"{fat}: bad itemType {it}");
                if (f["delimiter"] is { } dl && (!IsString(dl) || dl.GetValue<string>().Length == 0)) problems.Add($"{fat}: bad delimiter");
            }
            if (f["categories"] is { } cats)
            {
                if (type is not ("string" or "integer")) problems.Add($"{fat}: categories are only for string and integer fields");
                if (cats is not JsonArray ca || ca.Count == 0) problems.Add($"{fat}: categories must be a non-empty array");
                else
                {
                    var values = ca.Select(c => c is JsonObject co ? co["value"]?.ToJsonString() : c?.ToJsonString()).ToList();
                    if (values.Any(v => v is null) || values.Distinct().Count() != values.Count) problems.Add($"{fat}: category values must be present and unique");
                }
            }
            if (f["categoriesOrdered"] is { } co2 && co2.GetValueKind() is not (System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False)) problems.Add($"{fat}: categoriesOrdered must be a boolean");
            if (f["constraints"] is { } cn)
            {
                if (cn is not JsonObject c) { problems.Add($"{fat}: constraints must be an object"); continue; }
                foreach (var (key, value) in c)
                {
                    if (!ConstraintNames.Contains(key)) problems.Add($"{fat}: unknown constraint {key}");
                    if (key is "minimum" or "maximum" or "exclusiveMinimum" or "exclusiveMaximum" && !RangeTypes.Contains(type)) problems.Add($"{fat}: {key} does not apply to {type}");
                    if (key is "pattern" && type != "string") problems.Add($"{fat}: pattern only applies to strings");
                    if (key is "enum" && (value is not JsonArray ea || ea.Count == 0)) problems.Add($"{fat}: enum must be a non-empty array");
                    if (key is "required" or "unique" && value!.GetValueKind() is not (System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False)) problems.Add($"{fat}: {key} must be a boolean");
                }
                if (c["enum"] is JsonArray en && f["categories"] is JsonArray cs)
                {
                    var categoryValues = cs.Select(x => x is JsonObject o ? o["value"]!.ToJsonString() : x!.ToJsonString()).ToHashSet();
                    if (en.Any(v => !categoryValues.Contains(v!.ToJsonString()))) problems.Add($"{fat}: enum must be a subset of categories");
                }
            }
        }
        if (schema["missingValues"] is { } mv && (mv is not JsonArray ma || ma.Any(x => !IsString(x)) || ma.Select(x => x!.GetValue<string>()).Distinct().Count() != ma.Count)) problems.Add($"{at}: missingValues must be an array of unique strings");
        foreach (var key in KeyList(schema["primaryKey"]))
        {
            if (!names.Contains(key)) problems.Add($"{at}: primaryKey field {key} is not a field");
        }
        if (schema["uniqueKeys"] is { } uk)
        {
            if (uk is not JsonArray ua || ua.Count == 0) problems.Add($"{at}: uniqueKeys must be a non-empty array");
            else foreach (var key in ua.SelectMany(KeyList)) if (!names.Contains(key)) problems.Add($"{at}: uniqueKeys field {key} is not a field");
        }
        if (schema["foreignKeys"] is { } fks)
        {
            if (fks is not JsonArray fa) { problems.Add($"{at}: foreignKeys must be an array"); return; }
            foreach (var fk in fa)
            {
                if (fk is not JsonObject fo || fo["reference"] is not JsonObject reference) { problems.Add($"{at}: a foreign key needs fields and a reference object"); continue; }
                var local = KeyList(fo["fields"]);
                var remote = KeyList(reference["fields"]);
                if (local.Count == 0 || local.Count != remote.Count) problems.Add($"{at}: foreign key fields and reference.fields must have the same length");
                foreach (var l in local) if (!names.Contains(l)) problems.Add($"{at}: foreign key field {l} is not a field");
            }
        }
    }

    private static void CheckForeignKeyTargets(JsonObject resource, JsonObject schema, List<JsonObject> all, List<string> problems)
    {
        if (schema["foreignKeys"] is not JsonArray fks) return;
        var name = resource["name"]!.GetValue<string>();
        foreach (var fk in fks.OfType<JsonObject>())
        {
            var reference = fk["reference"]!.AsObject();
            var target = reference["resource"]?.GetValue<string>() is { Length: > 0 } t ? t : name;
            var resourceNode = all.FirstOrDefault(r => r["name"]?.GetValue<string>() == target);
            if (resourceNode is null) { problems.Add($"resource {name}: foreign key refers to a resource {target} that is not in the package"); continue; }
            var fields = (resourceNode["schema"]?["fields"] as JsonArray)?.Select(f => f!["name"]!.GetValue<string>()).ToHashSet() ?? [];
            foreach (var f in KeyList(reference["fields"])) if (!fields.Contains(f)) problems.Add($"resource {name}: foreign key refers to {target}.{f}, which is not a field");
        }
    }

    // ---- data -------------------------------------------------------------------------------------------

    private sealed record Table(string Name, JsonObject Schema, List<string> Fields, List<object?[]> Rows);

    private static Table? ReadTable(JsonObject resource, string folder, List<string> problems)
    {
        var name = resource["name"]!.GetValue<string>();
        var bytes = File.ReadAllBytes(Path.Combine(folder, resource["path"]!.GetValue<string>()));
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            problems.Add($"{name}: not valid UTF-8");
            return null;
        }
        if (text.StartsWith('\uFEFF')) problems.Add($"{name}: starts with a BOM");
        var dialect = resource["dialect"] as JsonObject;
        var terminator = dialect?["lineTerminator"]?.GetValue<string>() ?? "\r\n";
        var diagnostics = new DiagnosticBag();
        var csv = CsvTableReader.Read(text, name, diagnostics);
        if (csv is null || diagnostics.HasErrors)
        {
            problems.Add($"{name}: the CSV does not parse: {string.Join("; ", diagnostics.Sorted().Select(d => d.Format()))}");
            return null;
        }
        // Cells keep their own line ends as LF; record ends are the declared terminator, so there is one per record.
        var terminators = Regex.Count(text, Regex.Escape(terminator));
        if (terminators != csv.Records.Count + 1 || !text.EndsWith(terminator, StringComparison.Ordinal)) problems.Add($"{name}: {terminators} line ends {Show(terminator)} for {csv.Records.Count + 1} records");

        var schema = resource["schema"]!.AsObject();
        var fields = schema["fields"]!.AsArray().Select(f => f!.AsObject()).ToList();
        var header = csv.Header.Select(h => h.Value).ToList();
        var names = fields.Select(f => f["name"]!.GetValue<string>()).ToList();
        if (!header.SequenceEqual(names)) { problems.Add($"{name}: header [{string.Join(",", header)}] does not match the fields [{string.Join(",", names)}]"); return null; }

        var missing = (schema["missingValues"] as JsonArray)?.Select(x => x!.GetValue<string>()).ToHashSet() ?? [""];
        var rows = new List<object?[]>();
        foreach (var record in csv.Records)
        {
            var row = new object?[fields.Count];
            for (int i = 0; i < fields.Count; i++)
            {
                var raw = record.Cells[i].Value;
                var at = $"{name} line {record.Line} {names[i]}";
                row[i] = missing.Contains(raw) ? null : Cast(fields[i], raw, at, problems);
                CheckConstraints(fields[i], raw, row[i], at, problems);
            }
            rows.Add(row);
        }
        return new Table(name, schema, names, rows);
    }

    private static object? Cast(JsonObject field, string raw, string at, List<string> problems)
    {
        var type = field["type"]?.GetValue<string>() ?? "any";
        if (type == "list")
        {
            var delimiter = field["delimiter"]?.GetValue<string>() ?? ",";
            var itemType = field["itemType"]?.GetValue<string>() ?? "string";
            return raw.Split(delimiter).Select(item => CastScalar(itemType, field, item, at, problems)).ToList();
        }
        return CastScalar(type, field, raw, at, problems);
    }

    private static object? CastScalar(string type, JsonObject field, string raw, string at, List<string> problems)
    {
        switch (type)
        {
            case "integer":
                if (Regex.IsMatch(raw, "^[+-]?[0-9]+$") && long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)) return l;
                break;
            case "number":
                if (Regex.IsMatch(raw, @"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$")) return decimal.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
                if (raw.ToUpperInvariant() is "NAN" or "INF" or "-INF") return raw;
                break;
            case "boolean":
                var trues = (field["trueValues"] as JsonArray)?.Select(x => x!.GetValue<string>()).ToList() ?? ["true", "True", "TRUE", "1"];
                var falses = (field["falseValues"] as JsonArray)?.Select(x => x!.GetValue<string>()).ToList() ?? ["false", "False", "FALSE", "0"];
                if (trues.Contains(raw)) return true;
                if (falses.Contains(raw)) return false;
                break;
            case "yearmonth":
                if (Regex.IsMatch(raw, "^[0-9]{4}-(0[1-9]|1[0-2])$")) return raw;
                break;
            case "year":
                if (Regex.IsMatch(raw, "^-?[0-9]{4,}$")) return int.Parse(raw, CultureInfo.InvariantCulture);
                break;
            case "string":
            case "any":
                return raw;
            default:
                problems.Add($"{at}: this check cannot cast type {type}");
                return raw;
        }
        problems.Add($"{at}: {Show(raw)} is not a valid {type}");
        return null;
    }

    private static void CheckConstraints(JsonObject field, string raw, object? value, string at, List<string> problems)
    {
        var c = field["constraints"] as JsonObject;
        if (value is null)
        {
            if (c?["required"]?.GetValue<bool>() == true) problems.Add($"{at}: required but missing");
            return;
        }
        var scalars = value is List<object?> list ? list : [value];
        if (c?["pattern"] is { } p && !Regex.IsMatch(raw, "^(?:" + p.GetValue<string>() + ")$", RegexOptions.CultureInvariant)) problems.Add($"{at}: {Show(raw)} does not match {p}");
        if (c?["enum"] is JsonArray en && !en.Any(e => Same(e, value))) problems.Add($"{at}: {Show(raw)} is not one of the enum values");
        if (field["categories"] is JsonArray cats && !cats.Any(x => Same(x is JsonObject o ? o["value"] : x, value))) problems.Add($"{at}: {Show(raw)} is not a category");
        foreach (var s in scalars)
        {
            if (c?["minimum"] is { } min && s is long lv && lv < min.GetValue<long>()) problems.Add($"{at}: {lv} below minimum {min}");
            if (c?["maximum"] is { } max && s is long hv && hv > max.GetValue<long>()) problems.Add($"{at}: {hv} above maximum {max}");
        }
    }

    private static bool Same(JsonNode? node, object? value) => node?.GetValueKind() switch
    {
        System.Text.Json.JsonValueKind.String => value is string s && s == node.GetValue<string>(),
        System.Text.Json.JsonValueKind.Number => value is long l && l == node.GetValue<long>(),
        _ => false,
    };

    private static void CheckKeys(Table table, Dictionary<string, Table> tables, List<string> problems)
    {
        var primary = KeyList(table.Schema["primaryKey"]);
        if (primary.Count > 0) Unique(table, primary, nullsAllowed: false, "primary key", problems);
        if (table.Schema["uniqueKeys"] is JsonArray uks)
        {
            foreach (var uk in uks) Unique(table, KeyList(uk), nullsAllowed: true, "unique key", problems);
        }
        if (table.Schema["foreignKeys"] is not JsonArray fks) return;
        foreach (var fk in fks.OfType<JsonObject>())
        {
            var local = KeyList(fk["fields"]);
            var reference = fk["reference"]!.AsObject();
            var targetName = reference["resource"]?.GetValue<string>() is { Length: > 0 } t ? t : table.Name;
            if (!tables.TryGetValue(targetName, out var target)) continue;
            var remote = KeyList(reference["fields"]);
            var keys = target.Rows.Select(r => Tuple(target, remote, r)).ToHashSet(StringComparer.Ordinal);
            var li = local.Select(f => table.Fields.IndexOf(f)).ToList();
            foreach (var row in table.Rows)
            {
                if (li.Any(i => row[i] is null)) continue;
                var key = Tuple(table, local, row);
                if (!keys.Contains(key)) problems.Add($"{table.Name}: ({string.Join(",", local)}) = ({key}) not found in {targetName}.({string.Join(",", remote)})");
            }
        }
    }

    private static void Unique(Table table, IReadOnlyList<string> key, bool nullsAllowed, string what, List<string> problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var indexes = key.Select(f => table.Fields.IndexOf(f)).ToList();
        foreach (var row in table.Rows)
        {
            if (indexes.Any(i => row[i] is null))
            {
                if (!nullsAllowed) problems.Add($"{table.Name}: {what} ({string.Join(",", key)}) has a missing value");
                continue;
            }
            var tuple = Tuple(table, key, row);
            if (!seen.Add(tuple)) problems.Add($"{table.Name}: {what} ({string.Join(",", key)}) = ({tuple}) is not unique");
        }
    }

    private static string Tuple(Table table, IReadOnlyList<string> key, object?[] row) =>
        string.Join("\u001f", key.Select(k => Convert.ToString(row[table.Fields.IndexOf(k)], CultureInfo.InvariantCulture)));

    // ---- helpers ----------------------------------------------------------------------------------------

    /// <summary>A key as an array of names, or the v1 form of a single string.</summary>
    private static List<string> KeyList(JsonNode? node) => node switch
    {
        null => [],
        JsonArray a => a.Select(x => x!.GetValue<string>()).ToList(),
        _ => [node.GetValue<string>()],
    };

    private static bool IsString(JsonNode? node) => node is not null && node.GetValueKind() == System.Text.Json.JsonValueKind.String;

    private static bool IsUrl(string s) => Uri.TryCreate(s, UriKind.Absolute, out var u) && (u.Scheme == "http" || u.Scheme == "https");

    /// <summary>A fully qualified http(s) URL, or a relative POSIX path that cannot leave the package.</summary>
    private static bool IsUrlOrPath(string s) => IsUrl(s) ||
        (s.Length > 0 && !s.StartsWith('/') && !s.Contains('\\', StringComparison.Ordinal) && !s.Split('/').Contains("..") && !s.Contains(':', StringComparison.Ordinal));

    private static string Show(string s) => "\"" + s.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
