using System.Text;
using System.Text.Json;
using Kyodo.Model;
using Kyodo.Publishing;
using Kyodo.Schema;

namespace Kyodo.Tests.Publishing;

public sealed class JsonTableWriterTests
{
    private static string Value(FieldType type, string text) =>
        Encoding.UTF8.GetString(JsonOutput.Write(w => JsonTableWriter.Value(w, type, text))).TrimEnd('\n');

    [Theory]
    [InlineData(FieldType.Number, "12.50", "12.50")]
    [InlineData(FieldType.Number, "-0.125", "-0.125")]
    [InlineData(FieldType.Number, "007", "7")]
    [InlineData(FieldType.Integer, "3", "3")]
    [InlineData(FieldType.Year, "2020", "2020")]
    [InlineData(FieldType.Boolean, "false", "false")]
    [InlineData(FieldType.Text, "郡山", "\"郡山\"")]
    [InlineData(FieldType.Number, "", "null")]
    [InlineData(FieldType.Text, "", "null")]
    [InlineData(FieldType.IntegerList, "", "[]")]
    [InlineData(FieldType.SdgTargetList, "17.14;3.a", "[\n  \"17.14\",\n  \"3.a\"\n]")]
    public void Value_IsTypedAndKeepsPrecision(FieldType type, string text, string json) =>
        Assert.Equal(json, Value(type, text));

    [Fact]
    public void Table_HasSchemaTablePlanAndTypedRows()
    {
        var spec = new TableSpec("t", LocalizedText.Both("t"), LocalizedText.Both("t"),
        [
            new FieldSpec("goals", FieldType.IntegerList, false, LocalizedText.Both("g")),
            new FieldSpec("value", FieldType.Number, false, LocalizedText.Both("v")),
            new FieldSpec("status", FieldType.Code, true, LocalizedText.Both("s")),
        ], ["status"]);

        using var doc = JsonDocument.Parse(JsonTableWriter.Table(new TableData(spec, [["11;13", "", "not_surveyed"]]), "koriyama", "https://x/schema/1.0.0/t.schema.json"));

        var root = doc.RootElement;
        Assert.Equal("https://x/schema/1.0.0/t.schema.json", root.GetProperty("$schema").GetString());
        Assert.Equal("koriyama", root.GetProperty("plan").GetString());
        var row = root.GetProperty("rows")[0];
        Assert.Equal([11, 13], row.GetProperty("goals").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(JsonValueKind.Null, row.GetProperty("value").ValueKind);
        Assert.Equal("not_surveyed", row.GetProperty("status").GetString());
    }

    [Fact]
    public void ForHtmlScript_CannotCloseTheScriptElement()
    {
        var node = new System.Text.Json.Nodes.JsonObject { ["name"] = "</script><script>alert(1)</script>" };

        var text = JsonOutput.ForHtmlScript(node);

        Assert.DoesNotContain("</", text);
        Assert.Equal("</script><script>alert(1)</script>", JsonDocument.Parse(text).RootElement.GetProperty("name").GetString());
    }
}
