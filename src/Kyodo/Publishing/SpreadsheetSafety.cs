using Kyodo.Schema;

namespace Kyodo.Publishing;

/// <summary>
/// The policy for cells a spreadsheet would run as a formula ("CSV injection"). Excel, LibreOffice and
/// Google Sheets treat a cell starting with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> (and a leading tab or
/// carriage return) as a formula when they open a CSV file. Only the Excel copies, made to be opened by
/// double-click, are changed: a text cell starting with one of these characters gets a leading apostrophe
/// (<c>'- %</c>), which spreadsheets read as "this is text". Numeric columns are never changed (a negative
/// number stays a number) and the canonical CSV and JSON files keep every value exactly as it is.
/// </summary>
public static class SpreadsheetSafety
{
    public static readonly IReadOnlyList<char> Triggers = ['=', '+', '-', '@', '\t', '\r'];

    public const char Marker = '\'';

    /// <summary>True when a spreadsheet could run <paramref name="value"/> of <paramref name="field"/> as a formula.</summary>
    public static bool IsRisky(FieldSpec field, string value) =>
        value.Length > 0 && IsTextual(field.Type) && Triggers.Contains(value[0]);

    /// <summary>The value as written to the Excel copy.</summary>
    public static string ForSpreadsheet(FieldSpec field, string value) => IsRisky(field, value) ? Marker + value : value;

    /// <summary>Columns whose values are text (numbers, years and booleans are validated and cannot hold a formula).</summary>
    public static bool IsTextual(FieldType type) => type is not (FieldType.Integer or FieldType.Number or FieldType.Year or FieldType.Boolean or FieldType.IntegerList);
}
