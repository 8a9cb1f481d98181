using Kyodo.Schema;

namespace Kyodo.Xlsx;

/// <summary>
/// The sheet of a data table: one column per field, with the check its type asks for (a drop-down for a fixed
/// list of codes and for true/false, whole numbers for years and counts, numbers for values) and text cells
/// for IDs, codes and months, which Excel would otherwise turn into numbers or dates.
/// </summary>
public static class TableSheets
{
    /// <summary>The years <see cref="FieldType.Year"/> accepts (Loading/Rows/CellRules checks the same range).</summary>
    public const int FirstYear = 1900;

    public const int LastYear = 2200;

    public static WorkbookSheet For(TableSpec spec, IReadOnlyList<IReadOnlyList<object?>>? rows = null, string? sheetName = null) =>
        new(sheetName ?? spec.Name, spec.Fields.Select(Column).ToList()) { Rows = rows ?? [] };

    public static WorkbookColumn Column(FieldSpec field) => new(field.Name)
    {
        Check = field.Type switch
        {
            FieldType.Code when field.Allowed.Count > 0 => new CellCheck.List(field.Allowed),
            FieldType.Boolean => new CellCheck.List(["true", "false"]),
            FieldType.Year => new CellCheck.WholeNumber(FirstYear, LastYear),
            FieldType.Integer => new CellCheck.WholeNumber(int.MinValue, int.MaxValue),
            FieldType.Number => new CellCheck.Number(),
            _ => null,
        },
        Text = field.Type is not (FieldType.Integer or FieldType.Number or FieldType.Year or FieldType.Boolean),
    };
}
