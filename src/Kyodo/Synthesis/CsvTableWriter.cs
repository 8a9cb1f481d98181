using System.Text;
using Kyodo.Schema;

namespace Kyodo.Synthesis;

/// <summary>
/// Writes rows as canonical CSV (UTF-8 without BOM, LF, RFC 4180 quoting) with the columns of a table's
/// definition in <see cref="Tables"/>, so generated files always have the shape the loader expects.
/// </summary>
internal static class CsvTableWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static long Write(string path, TableSpec spec, IEnumerable<IReadOnlyDictionary<string, string>> rows)
    {
        using (var writer = new StreamWriter(path, append: false, Utf8, 1 << 16) { NewLine = "\n" })
        {
            writer.Write(string.Join(",", spec.Fields.Select(f => f.Name)));
            writer.Write('\n');
            foreach (var row in rows)
            {
                for (var i = 0; i < spec.Fields.Count; i++)
                {
                    if (i > 0) writer.Write(',');
                    WriteCell(writer, row.TryGetValue(spec.Fields[i].Name, out var v) ? v : "");
                }
                writer.Write('\n');
            }
        }
        return new FileInfo(path).Length;
    }

    private static void WriteCell(TextWriter writer, string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\n\r") < 0)
        {
            writer.Write(value);
            return;
        }
        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
