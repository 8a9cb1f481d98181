using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kyodo.Charts.Plotly;

/// <summary>One coordinate of a Plotly array: a number, a category name, or null (a gap Plotly does not draw).</summary>
[JsonConverter(typeof(DatumConverter))]
public readonly record struct Datum(decimal? Number, string? Text)
{
    public static readonly Datum Null = new(null, null);

    public static implicit operator Datum(decimal value) => new(value, null);

    public static implicit operator Datum(int value) => new(value, null);

    public static implicit operator Datum(string value) => new(null, value);

    public static Datum Of(decimal? value) => new(value, null);

    public static Datum Of(double value) => new((decimal)Math.Round(value, 6), null);
}

/// <summary>Writes a <see cref="Datum"/> as a JSON number, string or null.</summary>
public sealed class DatumConverter : JsonConverter<Datum>
{
    public override Datum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Number => new Datum(reader.GetDecimal(), null),
        JsonTokenType.String => new Datum(null, reader.GetString()),
        _ => Datum.Null,
    };

    public override void Write(Utf8JsonWriter writer, Datum value, JsonSerializerOptions options)
    {
        if (value.Number is { } n) writer.WriteNumberValue(n);
        else if (value.Text is { } t) writer.WriteStringValue(t);
        else writer.WriteNullValue();
    }
}
