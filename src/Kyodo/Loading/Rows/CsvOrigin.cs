using Kyodo.Diagnostics;
using Kyodo.Loading.Csv;
using Kyodo.Schema;
using Kyodo.Schema.Mapping;

namespace Kyodo.Loading.Rows;

/// <summary>The columns a file has, by field name: shared by all the rows read from it.</summary>
internal sealed class FileColumns(string file, string? sheet, IReadOnlyDictionary<string, int> columns)
{
    public string File { get; } = file;

    public string? Sheet { get; } = sheet;

    public bool TryGet(string field, out int index) => columns.TryGetValue(field, out index);
}

/// <summary>
/// Where a row of a CSV file or a sheet came from: its record, whose cells keep their lines and columns. For a CSV
/// file the column in messages is the field's position; for a sheet it is the cell's own column, since empty
/// columns of a sheet are skipped.
/// </summary>
internal sealed class CsvOrigin(CsvRecord record, FileColumns columns) : RecordOrigin
{
    public override SourceLocation Location => new(columns.File, record.Line, Sheet: columns.Sheet, SheetRow: record.SheetRow);

    public override SourceLocation At(FieldSpec field)
    {
        if (!columns.TryGet(field.Name, out var index)) return new(columns.File, record.Line, 0, field.Name, columns.Sheet, record.SheetRow);
        var cell = record.Cells[index];
        return new(columns.File, cell.Line, columns.Sheet is null ? index + 1 : cell.Column, field.Name, columns.Sheet, record.SheetRow);
    }
}
