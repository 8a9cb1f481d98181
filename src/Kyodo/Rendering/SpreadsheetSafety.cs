using System.Text.RegularExpressions;

namespace Kyodo.Rendering;

/// <summary>
/// The spreadsheet-safety policy for CSV downloads (docs/security.md). A text cell beginning with "=", "+",
/// "-", "@", a tab or a carriage return is run as a formula when the file is opened in Excel, LibreOffice or
/// Google Sheets ("=HYPERLINK(…)", "=cmd|…"). The canonical CSV keeps every value exactly as in the data,
/// for programs, which never evaluate cells; the copy made to be opened in a spreadsheet (UTF-8 with BOM)
/// writes such a cell with a leading apostrophe, which spreadsheets read as "this is text".
/// </summary>
public static partial class SpreadsheetSafety
{
    [GeneratedRegex(@"^[+-]?[0-9]+(\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();

    /// <summary>True when a spreadsheet would evaluate <paramref name="cell"/> instead of showing it (plain numbers such as -5 are numbers).</summary>
    public static bool IsFormula(string cell) =>
        cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !PlainNumber().IsMatch(cell);

    /// <summary>The cell as written in the spreadsheet copy: with a leading apostrophe when it would run as a formula.</summary>
    public static string ForSpreadsheet(string cell) => IsFormula(cell) ? "'" + cell : cell;
}
