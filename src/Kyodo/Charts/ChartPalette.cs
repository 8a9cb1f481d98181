namespace Kyodo.Charts;

/// <summary>
/// Colours of Kyodo's own chart elements. Each pair that must be told apart also differs in lightness (for
/// greyscale print) or in shape or hatching (for colour-blind readers); text always names what a mark is.
/// </summary>
public static class ChartPalette
{
    public const string Ink = "#1d2430";
    public const string Muted = "#4f5b6b";
    public const string Grid = "#d5dde6";
    public const string Axis = "#4f5b6b";
    public const string Series = "#0b4f8a";
    public const string OldMethod = "#4f5b6b";
    public const string Target = "#1d2430";
    public const string Superseded = "#4f5b6b";
    public const string Gap = "#6b7785";
    public const string Actual = "#1a5e9a";
    public const string Planned = "#1a5e9a";

    public const string Approaching = "#1a5e9a";
    public const string Flat = "#9aa5b1";
    public const string Receding = "#a0410d";
    public const string NotEvaluable = "#4f5b6b";

    /// <summary>Sequential blues from light to dark, one per year: their order is their lightness.</summary>
    public static string Sequential(int index, int count)
    {
        string[] light = ["#9ecae1"];
        string[] two = ["#9ecae1", "#08519c"];
        string[] three = ["#9ecae1", "#3182bd", "#08306b"];
        string[] four = ["#c6dbef", "#6baed6", "#2171b5", "#08306b"];
        string[] five = ["#c6dbef", "#9ecae1", "#4292c6", "#2171b5", "#08306b"];
        var palette = count switch { <= 1 => light, 2 => two, 3 => three, 4 => four, _ => five };
        return palette[Math.Min(index, palette.Length - 1)];
    }
}
