using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kyodo.Publishing;

/// <summary>
/// The one way Kyodo writes JSON: indented with two spaces, LF line ends on every system, Japanese as
/// characters rather than \u escapes, and a final line end, so that files are readable and byte-identical
/// from build to build.
/// </summary>
public static class JsonOutput
{
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static readonly JsonSerializerOptions SerializerOptions = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            write(writer);
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    public static byte[] Bytes(JsonNode node) => Write(w => node.WriteTo(w));

    public static string Text(JsonNode node) => System.Text.Encoding.UTF8.GetString(Bytes(node));

    /// <summary>
    /// JSON to put inside an HTML &lt;script&gt; data block: "&lt;" (which can only occur inside strings) is
    /// escaped so that no "&lt;/script&gt;" in the data can end the block early.
    /// </summary>
    public static string ForHtmlScript(JsonNode node) => Text(node).TrimEnd('\n').Replace("<", "\\u003c", StringComparison.Ordinal);
}
