using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kyodo.Charts.Plotly;

/// <summary>Serializes figures: compact, UTF-8 text kept readable (Japanese is not escaped), nulls left out.</summary>
public static class PlotlyJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static string Serialize(Figure figure) => JsonSerializer.Serialize(figure, Options);
}
