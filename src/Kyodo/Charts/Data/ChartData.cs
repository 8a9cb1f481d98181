using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kyodo.Model;

namespace Kyodo.Charts.Data;

/// <summary>
/// A chart's numbers as downloads, in both languages at once: the values at full precision (never the rounded
/// display), each gap with its status, targets with their history, breaks. CSV for spreadsheets, JSON for code.
/// </summary>
public static class ChartData
{
    private static readonly JsonSerializerOptions Options = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string Json(ChartSpec spec) => JsonSerializer.Serialize(Model(spec), Options).ReplaceLineEndings("\n") + "\n";

    public static object Model(ChartSpec spec) => spec switch
    {
        TrendChart t => TrendJson.Of(t),
        BarChart b => BarJson.Of(b),
        _ => throw new NotSupportedException(spec.GetType().Name),
    };

    public static string Csv(ChartSpec spec) => spec switch
    {
        TrendChart t => TrendCsv(t),
        BarChart b => BarCsv(b),
        _ => throw new NotSupportedException(spec.GetType().Name),
    };

    private static string TrendCsv(TrendChart chart)
    {
        var csv = new List<string?[]>();
        foreach (var p in chart.Points)
        {
            csv.Add(["value", Int(p.Year), Number(p.Value), Status(p.State), Int(p.Segment), p.IsBaseline ? "true" : "false", "", "", chart.Unit.Ja, chart.Unit.En, p.Note.Ja, p.Note.En]);
        }
        foreach (var t in chart.Targets)
        {
            csv.Add([t.IsCurrent ? "target" : "superseded_target", Int(t.Year), Number(t.Value), "reported", "", "false", Int(t.SetIn), t.SupersededIn is { } s ? Int(s) : "", chart.Unit.Ja, chart.Unit.En, t.Note.Ja, t.Note.En]);
        }
        foreach (var b in chart.Breaks)
        {
            csv.Add(["method_change", Int(b.Year), "", "", "", "false", "", "", chart.Unit.Ja, chart.Unit.En, b.Description.Ja, b.Description.En]);
        }
        return Text(["kind", "year", "value", "status", "method_period", "is_baseline", "set_in", "superseded_in", "unit_ja", "unit_en", "note_ja", "note_en"], csv);
    }

    private static string BarCsv(BarChart chart)
    {
        var csv = new List<string?[]>();
        foreach (var panel in chart.Panels)
        {
            foreach (var category in panel.Categories)
            {
                foreach (var value in category.Values)
                {
                    var series = chart.SeriesOf(value.Series);
                    csv.Add([panel.Key, panel.Title?.Ja, panel.Title?.En, category.Key, category.Label.Ja, category.Label.En,
                        series.Key, series.Label.Ja, series.Label.En, Number(value.Value), panel.Unit.Ja, panel.Unit.En]);
                }
            }
        }
        return Text(["panel", "panel_ja", "panel_en", "category", "category_ja", "category_en", "series", "series_ja", "series_en", "value", "unit_ja", "unit_en"], csv);
    }

    private static string Text(string[] header, IEnumerable<string?[]> rows) =>
        System.Text.Encoding.UTF8.GetString(Publishing.CsvTableWriter.Rows(header, rows));

    internal static string Status(PointState state) => JsonNamingPolicy.SnakeCaseLower.ConvertName(state.ToString());

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}

/// <summary>Both languages of a text, as the JSON download writes it.</summary>
public sealed record TextJson(string Ja, string? En)
{
    public static TextJson? Of(LocalizedText? text) => text is null || text.IsEmpty ? null : new TextJson(text.Ja, text.En);
}

public sealed record TrendJson(
    string Chart, TextJson Title, TextJson Unit, int Decimals, string BetterDirection, bool Monitoring, bool Cumulative,
    IReadOnlyList<TrendPointJson> Values, IReadOnlyList<TargetJson> Targets, IReadOnlyList<BreakJson> MethodChanges)
{
    public static TrendJson Of(TrendChart c) => new("indicator", TextJson.Of(c.Title)!, new TextJson(c.Unit.Ja, c.Unit.En), c.Decimals,
        c.Direction == Direction.Increase ? "increase" : "decrease", c.IsMonitoring, c.IsCumulative,
        c.Points.Select(p => new TrendPointJson(p.Year, p.Value, ChartData.Status(p.State), p.Segment, p.IsBaseline, p.IsRounded, TextJson.Of(p.Note))).ToList(),
        c.Targets.Select(t => new TargetJson(t.Year, t.Value, t.IsCurrent ? "current" : "superseded", t.SetIn, t.SupersededIn, TextJson.Of(t.Note))).ToList(),
        c.Breaks.Select(b => new BreakJson(b.Year, TextJson.Of(b.Description))).ToList());
}

/// <summary>A year of the series; <c>value</c> is null for a gap and <c>status</c> says why.</summary>
public sealed record TrendPointJson(int Year, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] decimal? Value, string Status, int MethodPeriod, bool IsBaseline, bool ShownRounded, TextJson? Note);

public sealed record TargetJson(int Year, decimal Value, string Status, int SetIn, int? SupersededIn, TextJson? Note);

public sealed record BreakJson(int Year, TextJson? Description);

public sealed record BarJson(string Chart, TextJson Title, string Layout, IReadOnlyList<BarSeriesJson> Series, IReadOnlyList<BarPanelJson> Panels)
{
    public static BarJson Of(BarChart c) => new("bars", TextJson.Of(c.Title)!, c.Layout == BarLayout.Stacked ? "stacked" : "grouped",
        c.Series.Select(s => new BarSeriesJson(s.Key, TextJson.Of(s.Label)!)).ToList(),
        c.Panels.Select(p => new BarPanelJson(p.Key, TextJson.Of(p.Title), new TextJson(p.Unit.Ja, p.Unit.En),
            p.Categories.Select(k => new BarCategoryJson(k.Key, TextJson.Of(k.Label)!, k.Values.ToDictionary(v => v.Series, v => v.Value), TextJson.Of(k.Note))).ToList())).ToList());
}

public sealed record BarSeriesJson(string Key, TextJson Label);

public sealed record BarPanelJson(string Key, TextJson? Title, TextJson Unit, IReadOnlyList<BarCategoryJson> Categories);

public sealed record BarCategoryJson(string Key, TextJson Label, IReadOnlyDictionary<string, decimal> Values, TextJson? Note);
