using System.Globalization;
using Kyodo.Diagnostics;
using Kyodo.Model;

namespace Kyodo.Loading.Rows;

/// <summary>
/// One validated row of a table. Every value has already passed its field's type check, so the typed
/// accessors here cannot fail on data that reached them.
/// </summary>
public sealed class Row
{
    private readonly Dictionary<string, (string Value, int Line, int Column, int Index)> _cells;

    internal Row(string file, int line, Dictionary<string, (string Value, int Line, int Column, int Index)> cells, string? sheet = null, int sheetRow = 0)
    {
        File = file;
        Line = line;
        Sheet = sheet;
        SheetRow = sheetRow;
        _cells = cells;
    }

    public string File { get; }
    public int Line { get; }
    public string? Sheet { get; }

    /// <summary>The row a spreadsheet shows this record on (0 when the same as <see cref="Line"/> or unknown).</summary>
    public int SheetRow { get; }

    public SourceLocation Location => new(File, Line, Sheet: Sheet, SheetRow: SheetRow);

    public SourceLocation At(string field) =>
        _cells.TryGetValue(field, out var c)
            ? new SourceLocation(File, c.Line, c.Column, field, Sheet, SheetRow)
            : new SourceLocation(File, Line, 0, field, Sheet, SheetRow);

    /// <summary>The cell as text; empty when the column is absent or blank.</summary>
    public string Text(string field) => _cells.TryGetValue(field, out var c) ? c.Value : "";

    public string? Optional(string field)
    {
        var v = Text(field);
        return v.Length == 0 ? null : v;
    }

    public int Int(string field) => int.Parse(Text(field), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    public int? OptionalInt(string field) => Optional(field) is { } v ? int.Parse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : null;

    public decimal? OptionalNumber(string field) => Optional(field) is { } v ? decimal.Parse(v, NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture) : null;

    public decimal Number(string field) => OptionalNumber(field) ?? 0m;

    public bool Bool(string field) => Text(field) == "true";

    public IReadOnlyList<int> Ints(string field) =>
        Text(field).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();

    public IReadOnlyList<string> List(string field) =>
        Text(field).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The <c>stem_ja</c> / <c>stem_en</c> pair as one text.</summary>
    public LocalizedText Pair(string stem) => new(Text(stem + "_ja"), Optional(stem + "_en"));
}
