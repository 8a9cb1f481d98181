using Kyodo.Diagnostics;
using Kyodo.Loading.Csv;
using Kyodo.Loading.Rows;
using Kyodo.Schema;

namespace Kyodo.Loading;

/// <summary>
/// Finds and reads a table of a data folder. A table is <c>name.csv</c>; where a clerk keeps it in
/// Excel, <c>name.xlsx</c> is read instead with the same columns and checks.
/// </summary>
public sealed class DataFiles
{
    /// <summary>No data table of a city plan comes near this; a larger file is a mistake, not data.</summary>
    public const long MaxFileBytes = 50L * 1024 * 1024;

    private readonly string _directory;
    private readonly string _displayRoot;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, List<Row>> _rejected = new(StringComparer.Ordinal);

    public DataFiles(string directory, string displayRoot, DiagnosticBag diagnostics)
    {
        _directory = directory;
        _displayRoot = displayRoot;
        _diagnostics = diagnostics;
    }

    public string Directory => _directory;

    /// <summary>The path shown in messages: relative to the project root, with forward slashes.</summary>
    public string Display(string path) => Path.GetRelativePath(_displayRoot, path).Replace('\\', '/');

    /// <summary>
    /// The table's rows; empty for an optional table that is absent; null when the file could not be read at
    /// all (encoding, syntax, header) or a required table is missing, so references into it are not checked.
    /// </summary>
    public IReadOnlyList<Row>? Read(TableSpec spec)
    {
        var csv = Path.Combine(_directory, spec.FileName);
        var xlsx = Path.Combine(_directory, spec.Name + ".xlsx");
        if (File.Exists(csv) && File.Exists(xlsx))
        {
            // Two copies of one table drift apart; which one is meant cannot be guessed.
            _diagnostics.Add(Messages.CsvAndExcel(new SourceLocation(Display(xlsx)), spec.FileName, spec.Name + ".xlsx"));
            return null;
        }
        if (File.Exists(csv)) return ReadCsv(csv, spec);
        if (File.Exists(xlsx)) return ReadExcel(xlsx, spec);
        if (!spec.Required) return [];
        _diagnostics.Add(Messages.FileMissing(new SourceLocation(Display(csv))));
        return null;
    }

    /// <summary>The file a table is kept in (name.csv or name.xlsx), or null when there is none.</summary>
    public string? Find(TableSpec spec)
    {
        var csv = Path.Combine(_directory, spec.FileName);
        var xlsx = Path.Combine(_directory, spec.Name + ".xlsx");
        return File.Exists(csv) ? csv : File.Exists(xlsx) ? xlsx : null;
    }

    public IReadOnlyList<Row>? ReadExcel(string path, TableSpec spec)
    {
        var display = Display(path);
        var length = new FileInfo(path).Length;
        if (length > MaxFileBytes)
        {
            _diagnostics.Add(Messages.FileTooLarge(new SourceLocation(display), length, MaxFileBytes));
            return null;
        }
        var table = Excel.ExcelTableReader.Read(path, display, spec, _diagnostics);
        return table is null ? null : TableReader.Read(table.Table, spec, _diagnostics, table.Sheet, RejectedList(spec.Name));
    }

    public IReadOnlyList<Row>? ReadCsv(string path, TableSpec spec)
    {
        var text = ReadText(path);
        if (text is null) return null;
        var table = CsvTableReader.Read(text, Display(path), _diagnostics);
        return table is null ? null : TableReader.Read(table, spec, _diagnostics, rejected: RejectedList(spec.Name));
    }

    /// <summary>Rows of a table left out because a cell failed its check (they exist, so references to them are not errors).</summary>
    public IReadOnlyList<Row> Rejected(string table) => _rejected.TryGetValue(table, out var rows) ? rows : [];

    private List<Row> RejectedList(string table)
    {
        if (!_rejected.TryGetValue(table, out var rows)) _rejected[table] = rows = [];
        return rows;
    }

    /// <summary>Reads a UTF-8 text file, reporting size and encoding problems; null when unusable.</summary>
    public string? ReadText(string path)
    {
        var display = Display(path);
        if (!File.Exists(path))
        {
            _diagnostics.Add(Messages.FileMissing(new SourceLocation(display)));
            return null;
        }
        var length = new FileInfo(path).Length;
        if (length > MaxFileBytes)
        {
            _diagnostics.Add(Messages.FileTooLarge(new SourceLocation(display), length, MaxFileBytes));
            return null;
        }
        return TextDecoder.Decode(File.ReadAllBytes(path), display, _diagnostics);
    }
}
