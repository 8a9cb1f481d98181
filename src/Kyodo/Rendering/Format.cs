using System.Globalization;
using Kyodo.Model;

namespace Kyodo.Rendering;

/// <summary>How values are shown on pages: years (with the Japanese era where the plan asks for it) and numbers.</summary>
public static class Format
{
    public static string Era(int year) => year switch
    {
        >= 2019 => year == 2019 ? "令和元年度" : $"令和{year - 2018}年度",
        >= 1989 => year == 1989 ? "平成元年度" : $"平成{year - 1988}年度",
        _ => $"昭和{year - 1925}年度",
    };

    public static string EraShort(int year) => year >= 2019 ? $"R{year - 2018}" : year >= 1989 ? $"H{year - 1988}" : $"S{year - 1925}";

    /// <summary>"2020年度" / "FY2020", with "（令和2年度）" / "(R2)" beside it when the plan shows eras.</summary>
    public static string Year(int year, Language language, YearDisplay display = YearDisplay.Western)
    {
        var western = language == Language.Ja ? $"{year}年度" : $"FY{year}";
        if (display != YearDisplay.WesternWithEra) return western;
        return language == Language.Ja ? $"{western}（{Era(year)}）" : $"{western} ({EraShort(year)})";
    }

    public static string Year(PageContext ctx, int year) =>
        Year(year, ctx.Language, (ctx.Plan ?? ctx.Site.PrimaryPlan).Config.YearDisplay);

    /// <summary>A number with thousands separators and the given decimal places.</summary>
    public static string Number(decimal value, int decimals) =>
        value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>A number at its own precision (no rounding), with thousands separators.</summary>
    public static string Number(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var decimals = dot < 0 ? 0 : text.Length - dot - 1;
        return Number(value, decimals);
    }

    public static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Value and unit: "1,901人" in Japanese, "1,901 persons" in English (no space before % either way).</summary>
    public static string WithUnit(string number, LocalizedText unit, Language language)
    {
        var u = unit.In(language);
        if (u.Length == 0) return number;
        if (language == Language.Ja || u is "%" or "％") return number + u;
        return number + " " + u;
    }

    /// <summary>A whole percentage; a share that rounds to zero is "0%", never "-0%".</summary>
    public static string Percent(double share) => (Math.Round(share, MidpointRounding.AwayFromZero) + 0.0).ToString("0", CultureInfo.InvariantCulture) + "%";
}
