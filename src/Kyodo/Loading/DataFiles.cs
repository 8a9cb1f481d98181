using Kyodo.Diagnostics;
using Kyodo.Loading.Csv;
using Kyodo.Loading.Rows;
using Kyodo.Schema;
using Kyodo.Schema.Mapping;

namespace Kyodo.Loading;

/// <summary>
/// Finds and reads a table of a data folder. A table is <c>name.csv</c>; where a clerk keeps it in
/// Excel, <c>name.xlsx</c> is read instead with the same columns and checks.
/// </summary>
public sealed class DataFiles
{
    /// <summary>
    /// No table of a city's plan comes near this (a million rows of activity figures are about 120 MB, and loading
    /// takes time in proportion to the rows); a larger file is a mistake, not data, and is refused before it is read.
    /// </summary>
    public const long MaxFileBytes = 512L * 1024 * 1024;

    private readonly string _directory;
    private readonly string _displayRoot;
    private readonly DiagnosticBag _diagnostics;

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
    /// The table's rows; none for an optional table that is absent; unreadable when the file could not be read at
    /// all (encoding, syntax, header) or a required table is missing, so references into it are not checked.
    /// </summary>
    public TableRows<T> Read<T>(TableMap<T> map)
    {
        var spec = map.Spec;
        var csv = Path.Combine(_directory, spec.FileName);
        var xlsx = Path.Combine(_directory, spec.Name + ".xlsx");
        if (File.Exists(csv) && File.Exists(xlsx))
        {
            // Two copies of one table drift apart; which one is meant cannot be guessed.
            _diagnostics.Add(Messages.CsvAndExcel(new SourceLocation(Display(xlsx)), spec.FileName, spec.Name + ".xlsx"));
            return TableRows<T>.Unreadable;
        }
        if (File.Exists(csv)) return ReadCsv(csv, map);
        if (File.Exists(xlsx)) return ReadExcel(xlsx, map);
        if (!spec.Required) return TableRows<T>.Absent;
        _diagnostics.Add(Messages.FileMissing(new SourceLocation(Display(csv))));
        return TableRows<T>.Unreadable;
    }

    /// <summary>The file a table is kept in (name.csv or name.xlsx), or null when there is none.</summary>
    public string? Find(TableSpec spec)
    {
        var csv = Path.Combine(_directory, spec.FileName);
        var xlsx = Path.Combine(_directory, spec.Name + ".xlsx");
        return File.Exists(csv) ? csv : File.Exists(xlsx) ? xlsx : null;
    }

    public TableRows<T> ReadExcel<T>(string path, TableMap<T> map)
    {
        var display = Display(path);
        var length = new FileInfo(path).Length;
        if (length > MaxFileBytes)
        {
            _diagnostics.Add(Messages.FileTooLarge(new SourceLocation(display), length, MaxFileBytes));
            return TableRows<T>.Unreadable;
        }
        var table = Excel.ExcelTableReader.Read(path, display, map.Spec, _diagnostics);
        return table is null ? TableRows<T>.Unreadable : TableReader.Read(table.Table, map, _diagnostics, table.Sheet);
    }

    public TableRows<T> ReadCsv<T>(string path, TableMap<T> map)
    {
        var text = ReadText(path);
        if (text is null) return TableRows<T>.Unreadable;
        var table = CsvTableReader.Read(text, Display(path), _diagnostics);
        return table is null ? TableRows<T>.Unreadable : TableReader.Read(table, map, _diagnostics);
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
