using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Kyodo.Diagnostics;
using Kyodo.Matching;
using Kyodo.Schema;

namespace Kyodo.Loading.Rows;

/// <summary>
/// Type rules for a single cell. Full-width digits, thousands separators and units in numeric cells are
/// rejected with the corrected value in the message (the documented rule: numbers are written plainly).
/// </summary>
public static partial class CellRules
{
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^-?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^([1-9]|1[0-7])\.([0-9]{1,2}|[a-z])$", RegexOptions.CultureInvariant)]
    private static partial Regex SdgTargetPattern();

    [GeneratedRegex(@"^[0-9]{4}-(0[1-9]|1[0-2])$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"^(令和|平成|昭和|R|H|S)\s*([0-9０-９]+|元|[一二三四五六七八九十]+)\s*(年度|年)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex JapaneseEraPattern();

    public static bool IsId(string value) => IdPattern().IsMatch(value);

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex ColourPattern();

    /// <summary>A colour as #RRGGBB: the only form that goes into the site's SVG and HTML attributes.</summary>
    public static bool IsColour(string value) => ColourPattern().IsMatch(value);

    /// <summary>Checks <paramref name="value"/> against <paramref name="field"/>; adds a diagnostic and returns false when it fails.</summary>
    public static bool Check(FieldSpec field, string value, SourceLocation at, DiagnosticBag diagnostics) =>
        Check(field, ref value, at, diagnostics);

    /// <summary>
    /// Checks <paramref name="value"/> against <paramref name="field"/>; adds a diagnostic and returns false when it
    /// fails. A text value comes back without the invisible characters the text rules take out.
    /// </summary>
    public static bool Check(FieldSpec field, ref string value, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (value.Length == 0)
        {
            if (!field.Required) return true;
            diagnostics.Add(Messages.RequiredValue(at, field.Name));
            return false;
        }

        switch (field.Type)
        {
            case FieldType.Text:
            case FieldType.Source:
                return CheckText(field, ref value, at, diagnostics);
            case FieldType.Id:
                return CheckId(field.Name, value, at, diagnostics);
            case FieldType.Integer:
                if (IntegerPattern().IsMatch(value) && int.TryParse(value, CultureInfo.InvariantCulture, out var whole))
                {
                    return AtLeastMinimum(field, whole, value, at, diagnostics);
                }
                return NumericProblem(field, value, at, diagnostics, integer: true);
            case FieldType.Number:
                if (NumberPattern().IsMatch(value) && decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
                {
                    return AtLeastMinimum(field, number, value, at, diagnostics);
                }
                return NumericProblem(field, value, at, diagnostics, integer: false);
            case FieldType.Year:
                return CheckYear(field, value, at, diagnostics);
            case FieldType.Boolean:
                if (value is "true" or "false") return true;
                diagnostics.Add(Messages.BadBoolean(at, field.Name, value));
                return false;
            case FieldType.Code:
                if (field.Allowed.Count == 0 || field.Allowed.Contains(value)) return true;
                if (TextForms.ToHalfWidth(value) is var half && half != value && field.Allowed.Contains(half))
                {
                    diagnostics.Add(Messages.FullWidthDigits(at, field.Name, value, half));
                    return false;
                }
                diagnostics.Add(Messages.NotInList(at, field.Name, value, field.Allowed));
                return false;
            case FieldType.IntegerList:
                foreach (var part in value.Split(';'))
                {
                    var p = part.Trim();
                    if (!IntegerPattern().IsMatch(p) || !int.TryParse(p, CultureInfo.InvariantCulture, out _))
                    {
                        return NumericProblem(field, p, at, diagnostics, integer: true);
                    }
                }
                return true;
            case FieldType.SdgTargetList:
                foreach (var part in value.Split(';'))
                {
                    if (!SdgTargetPattern().IsMatch(part.Trim()))
                    {
                        diagnostics.Add(Messages.BadSdgTarget(at, field.Name, value));
                        return false;
                    }
                }
                return true;
            case FieldType.Month:
                if (MonthPattern().IsMatch(value)) return true;
                diagnostics.Add(Messages.YamlBadValue(at, field.Name, $"「{value}」ではなく「2020-04」のように 年-月 で書きます", $"\"{value}\" must be year-month, like 2020-04"));
                return false;
            default:
                return true;
        }
    }

    /// <summary>A count cannot be negative: the map declares its minimum, and a figure below it is not published.</summary>
    private static bool AtLeastMinimum(FieldSpec field, decimal number, string value, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (field.Minimum is not { } minimum || number >= minimum) return true;
        diagnostics.Add(Messages.BelowMinimum(at, field.Name, value, minimum));
        return false;
    }

    /// <summary>
    /// IDs become folder names of the site: the pattern keeps them inside their folder (no "/", "..", drive
    /// letters) and Windows' reserved device names are refused so that a clone of the site works there too.
    /// </summary>
    public static bool CheckId(string column, string value, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (!IsId(value))
        {
            var suggestion = TextForms.ToHalfWidth(value).ToLowerInvariant();
            diagnostics.Add(Messages.BadId(at, column, value, IsId(suggestion) && !ReservedNames.IsWindowsDevice(suggestion) ? suggestion : null));
            return false;
        }
        if (ReservedNames.IsWindowsDevice(value))
        {
            diagnostics.Add(Messages.ReservedName(at, "ID", "an ID", value, windows: true));
            return false;
        }
        return true;
    }

    /// <summary>
    /// Text is checked by the rules every input shares (<see cref="TextRules"/>): a refused character is reported;
    /// a zero-width space or soft hyphen is taken out of <paramref name="value"/> with a warning.
    /// </summary>
    private static bool CheckText(FieldSpec field, ref string value, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (TextRules.CheckValue(value, field.Name, at, diagnostics) is not { } clean) return false;
        value = clean;
        // A required text that was only invisible characters is as empty as it looks.
        if (clean.Length > 0 || !field.Required) return true;
        diagnostics.Add(Messages.RequiredValue(at, field.Name));
        return false;
    }

    private static bool CheckYear(FieldSpec field, string value, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (value.Length == 4 && value.All(char.IsAsciiDigit))
        {
            var year = int.Parse(value, CultureInfo.InvariantCulture);
            if (year is >= 1900 and <= 2200) return true;
            diagnostics.Add(Messages.YearOutOfRange(at, field.Name, year, 1900, 2200));
            return false;
        }
        var normalized = TextForms.ToHalfWidth(value);
        if (normalized != value && normalized.Length == 4 && normalized.All(char.IsAsciiDigit))
        {
            diagnostics.Add(Messages.FullWidthDigits(at, field.Name, value, normalized));
            return false;
        }
        if (EraYearPastItsEnd(value) is { } ended)
        {
            diagnostics.Add(Messages.EraEnded(at, field.Name, value, ended.Era, ended.LastYear));
            return false;
        }
        diagnostics.Add(Messages.BadYear(at, field.Name, value, JapaneseEraToWestern(value)?.ToString(CultureInfo.InvariantCulture)));
        return false;
    }

    /// <summary>
    /// The eras an era year may be written in: the Western year of the era's first year, and its last year
    /// (null while it lasts). Shōwa ended in its 64th year (1989), Heisei in its 31st (2019).
    /// </summary>
    private static (string Era, int Offset, int? LastYear)? Era(string name) => name.ToUpperInvariant() switch
    {
        "令和" or "R" => ("令和", 2018, null),
        "平成" or "H" => ("平成", 1988, 31),
        "昭和" or "S" => ("昭和", 1925, 64),
        _ => null,
    };

    /// <summary>The era and its last year when <paramref name="value"/> is an era year the era never reached (平成45年度).</summary>
    public static (string Era, int LastYear)? EraYearPastItsEnd(string value)
    {
        if (EraYear(value) is not { } y || Era(y.Era) is not { LastYear: { } last } era || y.Year <= last) return null;
        return (era.Era, last);
    }

    private static (string Era, int Year)? EraYear(string value)
    {
        var m = JapaneseEraPattern().Match(value.Trim());
        if (!m.Success) return null;
        var digits = m.Groups[2].Value switch
        {
            "元" => "1",
            var k when k.All(c => KanjiDigits.Contains(c)) => KanjiNumber(k)?.ToString(CultureInfo.InvariantCulture) ?? "",
            var d => TextForms.ToHalfWidth(d),
        };
        if (!int.TryParse(digits, CultureInfo.InvariantCulture, out var n) || n <= 0) return null;
        return (m.Groups[1].Value, n);
    }

    /// <summary>令和2年度 / R2 / H27 → the Western year, or null when the text is not a Japanese-era year.</summary>
    /// <remarks>A year past the era's end (平成45年度) has no Western year: null.</remarks>
    public static int? JapaneseEraToWestern(string value)
    {
        if (EraYear(value) is not { } y || Era(y.Era) is not { } era) return null;
        if (era.LastYear is { } last && y.Year > last) return null;
        return era.Offset + y.Year;
    }

    private const string KanjiDigits = "一二三四五六七八九十";

    /// <summary>一 … 九十九 as a number (era years never go higher); null for other spellings.</summary>
    private static int? KanjiNumber(string kanji)
    {
        var ten = kanji.IndexOf('十', StringComparison.Ordinal);
        int Digit(string d) => d.Length == 1 ? KanjiDigits.IndexOf(d[0], StringComparison.Ordinal) + 1 : -1;
        if (ten < 0) return kanji.Length == 1 ? Digit(kanji) : null;
        var tens = ten == 0 ? 1 : Digit(kanji[..ten]);
        var units = ten == kanji.Length - 1 ? 0 : Digit(kanji[(ten + 1)..]);
        return tens is >= 1 and <= 9 && units is >= 0 and <= 9 ? tens * 10 + units : null;
    }

    private static bool NumericProblem(FieldSpec field, string value, SourceLocation at, DiagnosticBag diagnostics, bool integer)
    {
        var half = TextForms.ToHalfWidth(value);
        var pattern = integer ? IntegerPattern() : NumberPattern();
        if (half != value && pattern.IsMatch(half))
        {
            diagnostics.Add(Messages.FullWidthDigits(at, field.Name, value, half));
            return false;
        }
        if (DecimalComma(half) is { } withPoint)
        {
            diagnostics.Add(integer ? Messages.NotAnInteger(at, field.Name, value) : Messages.DecimalComma(at, field.Name, value, withPoint));
            return false;
        }
        var stripped = StripSeparatorsAndUnit(half);
        if (stripped is not null && stripped != half && pattern.IsMatch(stripped))
        {
            diagnostics.Add(Messages.NumberWithSeparators(at, field.Name, value, stripped));
            return false;
        }
        diagnostics.Add(integer ? Messages.NotAnInteger(at, field.Name, value) : Messages.NotANumber(at, field.Name, value));
        return false;
    }

    /// <summary>
    /// "67,6" → "67.6": one comma followed by other than three digits is a decimal comma (as European
    /// spreadsheets write it), not a thousands separator, which always groups three digits.
    /// </summary>
    private static string? DecimalComma(string value)
    {
        var m = DecimalCommaPattern().Match(value.Trim());
        return m.Success ? m.Groups[1].Value + "." + m.Groups[2].Value : null;
    }

    [GeneratedRegex(@"^(-?[0-9]+),([0-9]{1,2}|[0-9]{4,})$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalCommaPattern();

    /// <summary>"1,901 人" → "1901"; null when what remains after the leading number is not a plain unit.</summary>
    private static string? StripSeparatorsAndUnit(string value)
    {
        var sb = new StringBuilder();
        int i = 0;
        var s = value.Trim();
        // ▲ and △ mark negative numbers in Japanese accounts; − and － are minus signs from word processors.
        if (i < s.Length && s[i] is '-' or '▲' or '△' or '−' or '－')
        {
            sb.Append('-');
            i++;
        }
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c) || c == '.') sb.Append(c);
            else if (c == ',') continue;
            else break;
        }
        if (sb.Length == 0) return null;
        var rest = s[i..].Trim();
        // What follows may be a unit (件, 人, %, km), never another number.
        return rest.Any(char.IsAsciiDigit) ? null : sb.ToString();
    }
}
