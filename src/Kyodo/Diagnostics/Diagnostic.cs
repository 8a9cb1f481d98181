namespace Kyodo.Diagnostics;

/// <summary>How serious a finding is. Errors stop a build; warnings are printed and published in data notes.</summary>
public enum Severity
{
    Warning,
    Error,
}

/// <summary>
/// Where in an input file a finding points. Line and column are 1-based; 0 means "whole file". In an Excel
/// sheet (<see cref="Sheet"/> set) the line is the row number and the column is shown as Excel's letter (A, B … AA).
/// </summary>
public sealed record SourceLocation(string File, int Line = 0, int Column = 0, string? ColumnName = null, string? Sheet = null)
{
    public override string ToString()
    {
        var parts = new List<string> { File };
        if (Sheet is not null) parts.Add($"sheet {Sheet}");
        if (Line > 0) parts.Add(Sheet is null ? $"line {Line}" : $"row {Line}");
        if (Column > 0)
        {
            var column = Sheet is null ? $"column {Column}" : $"column {ColumnLetters(Column)}";
            parts.Add(ColumnName is null ? column : $"{column} ({ColumnName})");
        }
        return string.Join(", ", parts);
    }

    /// <summary>The same place in Japanese (行・列), for messages a clerk reads.</summary>
    public string ToJapanese()
    {
        var parts = new List<string> { File };
        if (Sheet is not null) parts.Add($"シート「{Sheet}」");
        if (Line > 0) parts.Add($"{Line}行目");
        if (Column > 0)
        {
            var column = Sheet is null ? $"{Column}列目" : $"{ColumnLetters(Column)}列";
            parts.Add(ColumnName is null ? column : $"{column}（{ColumnName}）");
        }
        return string.Join(" ", parts);
    }

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
