using System.Globalization;
using System.Text.Json;
using Kyodo.Schema;

namespace Kyodo.Publishing;

/// <summary>
/// Writes tables as JSON with typed values: numbers as numbers, booleans as booleans, the ";" lists as
/// arrays, and a missing value as null (its reason, where it has one, is in the row's status field).
/// The shape of every file is described by the JSON Schemas of <see cref="JsonSchemas"/>.
/// </summary>
public static class JsonTableWriter
{
    /// <summary>A whole table: <c>{"$schema", "table", "plan", "rows": [...]}</c>.</summary>
    public static byte[] Table(TableData table, string planId, string schemaUrl) => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("$schema", schemaUrl);
        w.WriteString("table", table.Spec.Name);
        w.WriteString("plan", planId);
        w.WritePropertyName("rows");
        Rows(w, table);
        w.WriteEndObject();
    });

    public static void Rows(Utf8JsonWriter w, TableData table)
    {
        w.WriteStartArray();
        foreach (var row in table.Rows) Row(w, table.Spec, row);
        w.WriteEndArray();
    }

    public static void Row(Utf8JsonWriter w, TableSpec spec, string[] row)
    {
        w.WriteStartObject();
        for (int i = 0; i < row.Length; i++)
        {
            w.WritePropertyName(spec.Fields[i].Name);
            Value(w, spec.Fields[i].Type, row[i]);
        }
        w.WriteEndObject();
    }

    /// <summary>One cell, from the canonical text the CSV holds to its JSON value.</summary>
    public static void Value(Utf8JsonWriter w, FieldType type, string text)
    {
        switch (type)
        {
            case FieldType.IntegerList:
                w.WriteStartArray();
                foreach (var part in Split(text)) w.WriteNumberValue(long.Parse(part, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
                w.WriteEndArray();
                return;
            case FieldType.SdgTargetList:
                w.WriteStartArray();
                foreach (var part in Split(text)) w.WriteStringValue(part);
                w.WriteEndArray();
                return;
        }
        if (text.Length == 0)
        {
            w.WriteNullValue();
            return;
        }
        switch (type)
        {
            case FieldType.Integer:
            case FieldType.Year:
                w.WriteNumberValue(long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
                break;
            case FieldType.Number:
                w.WriteNumberValue(decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
                break;
            case FieldType.Boolean:
                w.WriteBooleanValue(text == "true");
                break;
            default:
                w.WriteStringValue(text);
                break;
        }
    }

    private static string[] Split(string text) => text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
