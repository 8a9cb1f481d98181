using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Plotly.NET;
using DynObject = DynamicObj.DynamicObj;

namespace Kyodo.Charts.Figures;

/// <summary>
/// Writes a Plotly.NET chart as figure.json: <c>{"data":…,"layout":…,"config":…}</c>, compact, Japanese
/// unescaped. The text is the same as Plotly.NET's <see cref="GenericChart.toJson"/> gives (a test holds the two
/// equal on every chart of the real data), written here because toJson serializes Plotly.NET's dynamic objects
/// through Json.NET's dynamic-language binder, which took 10 times as long as the whole figure otherwise.
/// </summary>
public static class FigureJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static string Serialize(GenericChart chart)
    {
        var buffer = new ArrayBufferWriter<byte>(8192);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("data");
            foreach (var trace in GenericChart.getTraces(chart)) WriteObject(writer, trace);
            writer.WriteEndArray();
            writer.WritePropertyName("layout");
            WriteObject(writer, GenericChart.getLayout(chart));
            writer.WritePropertyName("config");
            WriteObject(writer, GenericChart.getConfig(chart));
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>
    /// A number as Plotly.NET's serializer (Json.NET) writes it the same as this one: an integral one as an
    /// integer ("400", where Json.NET writes a double as "400.0"), others with the digits they have ("0.25", "13.50").
    /// </summary>
    internal static object Number(decimal value) =>
        value.Scale == 0 && value >= long.MinValue && value <= long.MaxValue ? (object)(long)value : value;

    /// <inheritdoc cref="Number(decimal)"/>
    internal static object Number(double value) =>
        Math.Abs(value) < 1e15 && value == Math.Floor(value) ? (object)(long)value : value;

    /// <summary>A coordinate from a computed position, kept to six decimals.</summary>
    internal static object Position(double value) => Number((decimal)Math.Round(value, 6));

    /// <summary>Numbers (or nulls, gaps Plotly does not draw) as a Plotly array.</summary>
    internal static object?[] Numbers(IEnumerable<decimal?> values) =>
        values.Select(v => v is { } n ? Number(n) : null).ToArray();

    /// <inheritdoc cref="Numbers(IEnumerable{decimal?})"/>
    internal static object[] Numbers(IEnumerable<double> values) => values.Select(Number).ToArray();

    /// <summary>
    /// Sets a Plotly attribute unless <paramref name="value"/> is null (Plotly then uses its default). The value goes
    /// straight into the object's property table: SetProperty would first look by reflection for a .NET property of
    /// that name, which no Plotly attribute is, and that look-up was most of the time of building a figure.
    /// </summary>
    internal static T With<T>(this T target, string attribute, object? value) where T : DynObject
    {
        if (value is not null) target.Properties[attribute] = value;
        return target;
    }

    /// <summary>A dynamic object's properties in the order they were set, a trace's type first (as Plotly.NET).</summary>
    private static void WriteObject(Utf8JsonWriter writer, DynObject value)
    {
        writer.WriteStartObject();
        if (value is Trace trace) writer.WriteString("type", trace.type);
        foreach (var (name, item) in value.Properties)
        {
            writer.WritePropertyName(name);
            WriteValue(writer, item);
        }
        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? item)
    {
        switch (item)
        {
            case null: writer.WriteNullValue(); break;
            case string text: writer.WriteStringValue(text); break;
            case bool flag: writer.WriteBooleanValue(flag); break;
            case long integer: writer.WriteNumberValue(integer); break;
            case int integer: writer.WriteNumberValue(integer); break;
            case decimal number: writer.WriteNumberValue(number); break;
            case double number: writer.WriteNumberValue(number); break;
            case DynObject inner: WriteObject(writer, inner); break;
            case object?[] items:
                writer.WriteStartArray();
                foreach (var element in items) WriteValue(writer, element);
                writer.WriteEndArray();
                break;
            default: throw new NotSupportedException("figure.json holds no " + item.GetType().Name);
        }
    }
}
