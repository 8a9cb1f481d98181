using System.Globalization;

namespace Kyodo.Xlsx;

/// <summary>
/// A sheet of a workbook to write (<see cref="XlsxWriter"/>): its columns and its rows. With a header, row 1
/// holds the column names, stays in view when scrolling and cannot be edited; the rows follow from row 2.
/// </summary>
public sealed record WorkbookSheet(string Name, IReadOnlyList<WorkbookColumn> Columns)
{
    /// <summary>The rows below the header: string, int, long, decimal, double, bool or null (an empty cell).</summary>
    public IReadOnlyList<IReadOnlyList<object?>> Rows { get; init; } = [];

    /// <summary>False for a sheet of free text (instructions): no header row, the rows start at row 1.</summary>
    public bool Header { get; init; } = true;

    /// <summary>A sheet the workbook carries for itself (what it was made for), not shown in Excel's tabs.</summary>
    public bool Hidden { get; init; }

    /// <summary>
    /// Whether Excel's sheet protection is on (no password: it stops mistakes, not people). A sheet with a
    /// header or a locked column is protected; the cells of the other columns stay editable.
    /// </summary>
    public bool Protected => Header || Columns.Any(c => c.Locked);

    /// <summary>The row a sheet row is written to (1-based).</summary>
    internal int FirstRow => Header ? 2 : 1;
}

/// <summary>A column of a <see cref="WorkbookSheet"/>: its header, width, what may be typed in it, and whether it is locked.</summary>
public sealed record WorkbookColumn(string? Header)
{
    /// <summary>The width in characters; null fits the header and the values (a Japanese character counts two).</summary>
    public double? Width { get; init; }

    /// <summary>What a cell of the column accepts; Excel refuses anything else as it is typed.</summary>
    public CellCheck? Check { get; init; }

    /// <summary>The cells cannot be changed in Excel (IDs and names the city keeps); the sheet is protected.</summary>
    public bool Locked { get; init; }

    /// <summary>
    /// The cells hold text even when it looks like a number or a date ("2021-04", "001"): Excel keeps what was
    /// typed instead of turning it into a date or dropping leading zeros.
    /// </summary>
    public bool Text { get; init; }
}

/// <summary>An input check of a column (Excel's data validation), with the message Excel shows when it refuses a value.</summary>
public abstract record CellCheck
{
    private CellCheck()
    {
    }

    internal abstract string ErrorJa { get; }

    internal abstract string ErrorEn { get; }

    /// <summary>One of the values of a drop-down list.</summary>
    public sealed record List(IReadOnlyList<string> Values) : CellCheck
    {
        internal override string ErrorJa => "一覧にある値を選んでください。";

        internal override string ErrorEn => "Choose one of the values in the list.";
    }

    /// <summary>A whole number from <paramref name="Min"/> to <paramref name="Max"/> (a count, a fiscal year).</summary>
    public sealed record WholeNumber(long Min, long Max) : CellCheck
    {
        internal override string ErrorJa => $"{Format(Min)}から{Format(Max)}までの半角の整数を入力してください。";

        internal override string ErrorEn => $"Enter a whole number from {Format(Min)} to {Format(Max)}.";
    }

    /// <summary>Any number, with or without decimals.</summary>
    public sealed record Number : CellCheck
    {
        internal override string ErrorJa => "半角の数値を入力してください。";

        internal override string ErrorEn => "Enter a number.";
    }

    private static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);
}
