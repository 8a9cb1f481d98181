using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Kyodo.Diagnostics;
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

    [GeneratedRegex(@"^(令和|平成|昭和|R|H|S)\s*([0-9０-９元]+)\s*(年度|年)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex JapaneseEraPattern();

    public static bool IsId(string value) => IdPattern().IsMatch(value);

    /// <summary>Checks <paramref name="value"/> against <paramref name="field"/>; adds a diagnostic and returns false when it fails.</summary>
    public static bool Check(FieldSpec field, string value, SourceLocation at, DiagnosticBag diagnostics)
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
                return CheckText(field, value, at, diagnostics);
            case FieldType.Id:
                if (IsId(value)) return true;
                diagnostics.Add(Messages.BadId(at, field.Name, value));
                return false;
            case FieldType.Integer:
                if (IntegerPattern().IsMatch(value) && int.TryParse(value, CultureInfo.InvariantCulture, out _)) return true;
                return NumericProblem(field, value, at, diagnostics, integer: true);
            case FieldType.Number:
                if (NumberPattern().IsMatch(value) && decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)) return true;
                return NumericProblem(field, value, at, diagnostics, integer: false);
            case FieldType.Year:
                return CheckYear(field, value, at, diagnostics);
            case FieldType.Boolean:
                if (value is "true" or "false") return true;
                diagnostics.Add(Messages.BadBoolean(at, field.Name, value));
                return false;
            case FieldType.Code:
                if (field.Allowed.Count == 0 || field.Allowed.Contains(value)) return true;
                diagnostics.Add(Messages.NotInList(at, field.Name, value, field.Allowed));
                return false;
            case FieldType.IntegerList:
                foreach (var part in value.Split(';'))
                {
                    var p = part.Trim();
                    if (!IntegerPattern().IsMatch(p))
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
                diagnostics.Add(Messages.YamlBadValue(at, field.Name, "YYYY-MM"));
                return false;
            default:
                return true;
        }
    }

    private static bool CheckText(FieldSpec field, string value, SourceLocation at, DiagnosticBag diagnostics)
    {
        foreach (var c in value)
        {
            if (c is '\n' or '\t') continue;
            if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF')
            {
                diagnostics.Add(Messages.UnsafeText(at, field.Name, $"U+{(int)c:X4}"));
                return false;
            }
        }
        return true;
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
        var normalized = ToHalfWidth(value);
        if (normalized != value && normalized.Length == 4 && normalized.All(char.IsAsciiDigit))
        {
            diagnostics.Add(Messages.FullWidthDigits(at, field.Name, value, normalized));
            return false;
        }
        diagnostics.Add(Messages.BadYear(at, field.Name, value, JapaneseEraToWestern(value)?.ToString(CultureInfo.InvariantCulture)));
        return false;
    }

    /// <summary>令和2年度 / R2 / H27 → the Western year, or null when the text is not a Japanese-era year.</summary>
    public static int? JapaneseEraToWestern(string value)
    {
        var m = JapaneseEraPattern().Match(value.Trim());
        if (!m.Success) return null;
        var digits = m.Groups[2].Value == "元" ? "1" : ToHalfWidth(m.Groups[2].Value);
        if (!int.TryParse(digits, CultureInfo.InvariantCulture, out var n) || n <= 0) return null;
        return m.Groups[1].Value.ToUpperInvariant() switch
        {
            "令和" or "R" => 2018 + n,
            "平成" or "H" => 1988 + n,
            "昭和" or "S" => 1925 + n,
            _ => null,
        };
    }

    private static bool NumericProblem(FieldSpec field, string value, SourceLocation at, DiagnosticBag diagnostics, bool integer)
    {
        var half = ToHalfWidth(value);
        var pattern = integer ? IntegerPattern() : NumberPattern();
        if (half != value && pattern.IsMatch(half))
        {
            diagnostics.Add(Messages.FullWidthDigits(at, field.Name, value, half));
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

    /// <summary>"1,901 人" → "1901"; null when what remains after the leading number is not a plain unit.</summary>
    private static string? StripSeparatorsAndUnit(string value)
    {
        var sb = new StringBuilder();
        int i = 0;
        var s = value.Trim();
        if (i < s.Length && s[i] == '-') sb.Append(s[i++]);
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

    /// <summary>Full-width ASCII (０-９, Ａ-Ｚ, ．, －) and the ideographic space to their half-width forms.</summary>
    public static string ToHalfWidth(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is >= '\uFF01' and <= '\uFF5E') sb.Append((char)(c - 0xFEE0));
            else if (c == '\u3000') sb.Append(' ');
            else sb.Append(c);
        }
        return sb.ToString().Trim();
    }
}
