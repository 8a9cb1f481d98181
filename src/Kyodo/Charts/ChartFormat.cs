using System.Globalization;
using Kyodo.Model;
using Kyodo.Rendering;

namespace Kyodo.Charts;

/// <summary>
/// How chart numbers are written, in one place for the SVG, the table, the Plotly figure and the texts,
/// so that every view of a chart shows the same figures.
/// </summary>
public static class ChartFormat
{
    /// <summary>A value at the display precision, with thousands separators ("1,901", "67.6").</summary>
    public static string Number(decimal value, int decimals) => Format.Number(value, decimals);

    /// <summary>A value at its own precision (activity figures and counts are never rounded).</summary>
    public static string Number(decimal value) => Format.Number(value);

    public static string WithUnit(string number, LocalizedText unit, Language language) => Format.WithUnit(number, unit, language);

    /// <summary>Both languages of a value with its unit.</summary>
    public static LocalizedText Value(decimal value, int decimals, LocalizedText unit) => new(
        WithUnit(Number(value, decimals), unit, Language.Ja),
        WithUnit(Number(value, decimals), unit, Language.En));

    public static LocalizedText Value(decimal value, LocalizedText unit) => new(
        WithUnit(Number(value), unit, Language.Ja),
        WithUnit(Number(value), unit, Language.En));

    public static LocalizedText Year(int year, YearDisplay display) =>
        new(Format.Year(year, Language.Ja, display), Format.Year(year, Language.En, display));

    /// <summary>True when showing <paramref name="value"/> with <paramref name="decimals"/> places changes it.</summary>
    public static bool IsRounded(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero) != value;

    /// <summary>Numbers in SVG coordinates: invariant, at most two decimals, no trailing zeros.</summary>
    public static string Coordinate(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
