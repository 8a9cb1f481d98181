using Kyodo.Diagnostics;
using Kyodo.Loading.Rows;
using Kyodo.Schema;

namespace Kyodo.Loading.Excel;

/// <summary>Reads a table kept as an Excel workbook. (Filled in by the Excel support.)</summary>
public static class ExcelTableReader
{
    public static IReadOnlyList<Row>? Read(string path, string display, TableSpec spec, DiagnosticBag diagnostics)
    {
        diagnostics.Add(Messages.YamlBadValue(new SourceLocation(display), spec.Name, "Excel files are not supported yet / Excel ファイルにはまだ対応していません"));
        return null;
    }
}
