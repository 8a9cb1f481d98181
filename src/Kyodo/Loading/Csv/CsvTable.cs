namespace Kyodo.Loading.Csv;

/// <summary>One cell with the place it came from (1-based line and column of its first character).</summary>
public readonly record struct CsvCell(string Value, int Line, int Column);

/// <summary>One record of a CSV file: its cells and the line it starts on.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<CsvCell> Cells)
{
    /// <summary>The row a spreadsheet shows this record on (blank lines count, line ends inside cells do not); 0 when unknown.</summary>
    public int SheetRow { get; init; }
}

/// <summary>A parsed CSV file: header cells and records, with positions kept for error messages.</summary>
public sealed record CsvTable(string File, IReadOnlyList<CsvCell> Header, IReadOnlyList<CsvRecord> Records);
