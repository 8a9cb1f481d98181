using System.Text.RegularExpressions;

namespace Kyodo.Tests.Testing;

/// <summary>
/// The tests' own definition of a cell a spreadsheet would run as a formula when it opens a CSV file (OWASP's
/// list: = + - @, tab, carriage return), independent of the writer's configuration: plain numbers are numbers.
/// </summary>
public static partial class Formulas
{
    [GeneratedRegex(@"^[+-]?[0-9]+(\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();

    public static bool WouldRun(string cell) =>
        cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !PlainNumber().IsMatch(cell);
}
