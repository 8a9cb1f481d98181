namespace Kyodo.Diagnostics;

/// <summary>How serious a finding is. Errors stop a build; warnings are printed and published in data notes.</summary>
public enum Severity
{
    Warning,
    Error,
}

/// <summary>
/// Where in an input file a finding points. Line is 1-based (0 = whole file); column is 1-based (0 = whole line).
/// With a <see cref="ColumnName"/> the column is a table column, shown with its spreadsheet letter; without one
/// it counts characters (YAML, Markdown, CSV syntax). In an Excel sheet (<see cref="Sheet"/> set) the line is
/// the row number. <see cref="SheetRow"/> is the row a spreadsheet shows for a CSV record when it differs from
/// the text line (cells holding several lines make the two differ).
/// </summary>
public sealed record SourceLocation(string File, int Line = 0, int Column = 0, string? ColumnName = null, string? Sheet = null, int SheetRow = 0)
{
    public override string ToString()
    {
        var parts = new List<string> { File };
        if (Sheet is not null) parts.Add($"sheet {Sheet}");
        if (Line > 0) parts.Add(Sheet is not null ? $"row {Line}" : ShowsSheetRow ? $"line {Line} (row {SheetRow} in Excel)" : $"line {Line}");
        if (Column > 0)
        {
            parts.Add(Sheet is not null
                ? ColumnName is null ? $"column {ColumnLetters(Column)}" : $"column {ColumnLetters(Column)} ({ColumnName})"
                : ColumnName is null ? $"column {Column}" : $"column {Column} ({ColumnLetters(Column)}: {ColumnName})");
        }
        return string.Join(", ", parts);
    }

    /// <summary>The same place in Japanese (行・列・文字目), for messages a clerk reads.</summary>
    public string ToJapanese()
    {
        var parts = new List<string> { File };
        if (Sheet is not null) parts.Add($"シート「{Sheet}」");
        if (Line > 0) parts.Add(Sheet is null && ShowsSheetRow ? $"{Line}行目（Excel では {SheetRow}行目）" : $"{Line}行目");
        if (Column > 0)
        {
            parts.Add(Sheet is not null
                ? ColumnName is null ? $"{ColumnLetters(Column)}列" : $"{ColumnLetters(Column)}列（{ColumnName}）"
                : ColumnName is null ? $"{Column}文字目" : $"{Column}列目（{ColumnLetters(Column)}列・{ColumnName}）");
        }
        return string.Join(" ", parts);
    }

    private bool ShowsSheetRow => SheetRow > 0 && SheetRow != Line;

    /// <summary>Excel's name of a 1-based column number: 1 → A, 26 → Z, 27 → AA.</summary>
    public static string ColumnLetters(int column)
    {
        var letters = "";
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }
        return letters;
    }
}

/// <summary>A finding about the input: what is wrong and how to fix it, in Japanese and English.</summary>
public sealed record Diagnostic(
    Severity Severity,
    string Code,
    SourceLocation Location,
    string MessageJa,
    string MessageEn,
    string FixJa,
    string FixEn)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>A multi-line text for the terminal: location, then Japanese, then English.</summary>
    public string Format()
    {
        var label = IsError ? "error" : "warning";
        var labelJa = IsError ? "エラー" : "警告";
        return $"{label} {Code}: {Location}\n" +
               $"  {labelJa}: {MessageJa}\n" +
               $"  直し方: {FixJa}\n" +
               $"  {MessageEn}\n" +
               $"  Fix: {FixEn}";
    }
}
