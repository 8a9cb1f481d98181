using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Kyodo.Diagnostics;
using Kyodo.Publishing;

namespace Kyodo.Xlsx;

/// <summary>
/// Writes an Excel workbook (.xlsx) with the Open XML SDK from sheet descriptions: text as text, numbers as
/// numbers (a decimal keeps its places through a number format, as Excel shows 70.0), the header row frozen,
/// column widths, drop-down lists and number checks, locked columns. The bytes depend only on the sheets.
/// </summary>
public static class XlsxWriter
{
    /// <summary>Decimal places a number format is made for; a value with more is shown with this many.</summary>
    private const int MaxPlaces = 6;

    /// <summary>Excel's limit for a list written into the check itself; a longer one goes to the lists sheet.</summary>
    private const int MaxInlineList = 255;

    /// <summary>The hidden sheet that holds the drop-down lists too long to write into a check.</summary>
    internal const string ListsSheet = "_lists";

    private const int LastRow = 1048576;

    private const string WorkbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    public static byte[] Write(IReadOnlyList<WorkbookSheet> sheets)
    {
        if (sheets.Count == 0) throw new ArgumentException("A workbook needs a sheet.", nameof(sheets));
        var lists = new ListsBuilder();
        var styles = new StyleBuilder();
        using var package = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(package, SpreadsheetDocumentType.Workbook))
        {
            // Named parts: the SDK would give the workbook a random relationship ID, different on every run.
            var workbookPart = document.AddNewPart<WorkbookPart>(WorkbookContentType, "rId1");
            var entries = new Sheets();
            var number = 0u;
            foreach (var sheet in sheets)
            {
                number++;
                var part = workbookPart.AddNewPart<WorksheetPart>("rId" + number.ToString(CultureInfo.InvariantCulture));
                part.Worksheet = Worksheet(sheet, styles, lists);
                entries.Append(new Sheet
                {
                    Name = sheet.Name,
                    SheetId = number,
                    Id = workbookPart.GetIdOfPart(part),
                    State = sheet.Hidden ? SheetStateValues.Hidden : null,
                });
            }
            if (lists.Count > 0)
            {
                number++;
                var part = workbookPart.AddNewPart<WorksheetPart>("rId" + number.ToString(CultureInfo.InvariantCulture));
                part.Worksheet = new Worksheet(new SheetData(lists.Rows()));
                entries.Append(new Sheet
                {
                    Name = ListsSheet, SheetId = number, Id = workbookPart.GetIdOfPart(part), State = SheetStateValues.Hidden,
                });
            }
            var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>("rId" + (number + 1).ToString(CultureInfo.InvariantCulture));
            stylesPart.Stylesheet = styles.Stylesheet();
            workbookPart.Workbook = new Workbook(entries);
        }
        return Repack(package);
    }

    private static Worksheet Worksheet(WorkbookSheet sheet, StyleBuilder styles, ListsBuilder lists)
    {
        var worksheet = new Worksheet();
        if (sheet.Header)
        {
            // Row 1 stays in view while scrolling down a long table.
            var pane = new Pane
            {
                VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
            };
            var view = new SheetView(pane, new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            {
                WorkbookViewId = 0,
            };
            worksheet.Append(new SheetViews(view));
        }
        if (sheet.Columns.Count > 0)
        {
            var columns = new Columns();
            for (var c = 0; c < sheet.Columns.Count; c++)
            {
                var column = sheet.Columns[c];
                var index = (uint)(c + 1);
                columns.Append(new Column
                {
                    Min = index, Max = index, Width = column.Width ?? FitWidth(sheet, c), CustomWidth = true,
                    // The column's style applies to the empty cells below the rows: that is where a clerk types.
                    Style = styles.Index(column.Text ? StyleBuilder.TextFormat : 0u, locked: column.Locked),
                });
            }
            worksheet.Append(columns);
        }

        var data = new SheetData();
        if (sheet.Header)
        {
            var header = new Row { RowIndex = 1 };
            for (var c = 0; c < sheet.Columns.Count; c++)
            {
                if (sheet.Columns[c].Header is { } name) header.Append(TextCell(Reference(c, 1), name, styles.Index(0, locked: true)));
            }
            data.Append(header);
        }
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var line = (uint)(sheet.FirstRow + r);
            var row = new Row { RowIndex = line };
            var values = sheet.Rows[r];
            for (var c = 0; c < values.Count; c++)
            {
                var column = c < sheet.Columns.Count ? sheet.Columns[c] : null;
                if (Cell(Reference(c, line), values[c], column, styles) is { } cell) row.Append(cell);
            }
            data.Append(row);
        }
        worksheet.Append(data);

        if (sheet.Protected)
        {
            // No password: protection keeps IDs and headers from being changed by accident; rows may still be added.
            worksheet.Append(new SheetProtection
            {
                Sheet = true, Objects = true, Scenarios = true, FormatColumns = false, FormatRows = false,
                InsertRows = false, DeleteRows = false, Sort = false, AutoFilter = false,
            });
        }

        var checks = new DataValidations();
        for (var c = 0; c < sheet.Columns.Count; c++)
        {
            if (sheet.Columns[c].Check is { } check) checks.Append(Validation(check, c, sheet.FirstRow, lists));
        }
        if (checks.HasChildren)
        {
            checks.Count = (uint)checks.ChildElements.Count;
            worksheet.Append(checks);
        }
        return worksheet;
    }

    private static Cell? Cell(string reference, object? value, WorkbookColumn? column, StyleBuilder styles)
    {
        var locked = column?.Locked ?? false;
        var format = column?.Text == true ? StyleBuilder.TextFormat : 0u;
        switch (value)
        {
            case null:
                return null;
            case bool b:
                return new Cell { CellReference = reference, DataType = CellValues.Boolean, CellValue = new CellValue(b ? "1" : "0"), StyleIndex = Style(styles, 0, locked) };
            case decimal d when d.Scale > 0:
                // A format with the value's places, so 70.0 reads back as 70.0, not 70.
                var places = Math.Min((int)d.Scale, MaxPlaces);
                return new Cell { CellReference = reference, CellValue = new CellValue(d), StyleIndex = styles.Index(StyleBuilder.PlacesFormat(places), locked) };
            case int or long or decimal or double:
                var number = Convert.ToString(value, CultureInfo.InvariantCulture);
                return new Cell { CellReference = reference, CellValue = new CellValue(number ?? ""), StyleIndex = Style(styles, 0, locked) };
            default:
                return TextCell(reference, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", Style(styles, format, locked));
        }
    }

    /// <summary>The style of a cell, or none for the default (General, locked) so that plain workbooks stay plain.</summary>
    private static UInt32Value? Style(StyleBuilder styles, uint format, bool locked)
    {
        var index = styles.Index(format, locked);
        return index == 0 ? null : index;
    }

    private static Cell TextCell(string reference, string text, UInt32Value? style) => new()
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = style is { Value: 0 } ? null : style,
    };

    private static DataValidation Validation(CellCheck check, int column, int firstRow, ListsBuilder lists)
    {
        var letters = SourceLocation.ColumnLetters(column + 1);
        var validation = new DataValidation
        {
            SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{letters}{firstRow}:{letters}{LastRow}" },
            AllowBlank = true,
            ShowErrorMessage = true,
            ErrorStyle = DataValidationErrorStyleValues.Stop,
            ErrorTitle = "入力できない値です / Not accepted",
            Error = check.ErrorJa + "\n" + check.ErrorEn,
        };
        switch (check)
        {
            case CellCheck.List list:
                validation.Type = DataValidationValues.List;
                validation.Append(new Formula1(lists.Formula(list.Values)));
                break;
            case CellCheck.WholeNumber whole:
                validation.Type = DataValidationValues.Whole;
                validation.Operator = DataValidationOperatorValues.Between;
                validation.Append(new Formula1(whole.Min.ToString(CultureInfo.InvariantCulture)));
                validation.Append(new Formula2(whole.Max.ToString(CultureInfo.InvariantCulture)));
                break;
            case CellCheck.Number:
                validation.Type = DataValidationValues.Decimal;
                validation.Operator = DataValidationOperatorValues.Between;
                validation.Append(new Formula1("-1E+300"));
                validation.Append(new Formula2("1E+300"));
                break;
        }
        return validation;
    }

    private static string Reference(int column, uint row) => SourceLocation.ColumnLetters(column + 1) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>Fits the header and the values, a wide (Japanese) character counting two, within 8 to 60 characters.</summary>
    private static double FitWidth(WorkbookSheet sheet, int column)
    {
        var widest = DisplayWidth(sheet.Columns[column].Header ?? "");
        foreach (var row in sheet.Rows)
        {
            if (column < row.Count && row[column] is { } value)
            {
                var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
                widest = Math.Max(widest, text.Split('\n').Max(DisplayWidth));
            }
        }
        return Math.Clamp(widest + 2, 8, 60);
    }

    private static int DisplayWidth(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes()) width += rune.Value >= 0x1100 ? 2 : 1;
        return width;
    }

    /// <summary>
    /// The package as a zip whose bytes depend only on its parts: System.IO.Packaging stamps the time of writing
    /// on each entry, which would make two runs differ.
    /// </summary>
    private static byte[] Repack(MemoryStream package)
    {
        package.Position = 0;
        using var zip = new ZipArchive(package, ZipArchiveMode.Read);
        var entries = zip.Entries.Select(e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return (e.FullName, (ReadOnlyMemory<byte>)copy.ToArray());
        }).ToList();
        return DeterministicZip.Create(entries);
    }

    /// <summary>Long drop-down lists, each in its own column of the hidden lists sheet.</summary>
    private sealed class ListsBuilder
    {
        private readonly List<IReadOnlyList<string>> _lists = [];

        public int Count => _lists.Count;

        public string Formula(IReadOnlyList<string> values)
        {
            var inline = string.Join(',', values);
            // Inside the check the list is split at commas and quoted, so such values need the sheet as well.
            if (inline.Length <= MaxInlineList && !values.Any(v => v.Contains(',') || v.Contains('"')))
            {
                return "\"" + inline + "\"";
            }
            _lists.Add(values);
            var letters = SourceLocation.ColumnLetters(_lists.Count);
            return $"{ListsSheet}!${letters}$1:${letters}${values.Count.ToString(CultureInfo.InvariantCulture)}";
        }

        public IEnumerable<Row> Rows()
        {
            var height = _lists.Max(l => l.Count);
            for (var r = 0; r < height; r++)
            {
                var line = (uint)(r + 1);
                var row = new Row { RowIndex = line };
                for (var c = 0; c < _lists.Count; c++)
                {
                    if (r < _lists[c].Count) row.Append(TextCell(Reference(c, line), _lists[c][r], null));
                }
                yield return row;
            }
        }
    }

    /// <summary>The cell formats the sheets use, numbered in the order they are first asked for (0: General, locked).</summary>
    private sealed class StyleBuilder
    {
        /// <summary>Excel's built-in "@" (text) format.</summary>
        public const uint TextFormat = 49;

        private readonly List<(uint Format, bool Locked)> _styles = [(0, true)];

        /// <summary>The custom format with <paramref name="places"/> decimals ("0.0" …).</summary>
        public static uint PlacesFormat(int places) => (uint)(163 + places);

        public uint Index(uint format, bool locked)
        {
            var index = _styles.IndexOf((format, locked));
            if (index >= 0) return (uint)index;
            _styles.Add((format, locked));
            return (uint)(_styles.Count - 1);
        }

        public Stylesheet Stylesheet()
        {
            var formats = new NumberingFormats(Enumerable.Range(1, MaxPlaces).Select(n => new NumberingFormat
            {
                NumberFormatId = PlacesFormat(n), FormatCode = "0." + new string('0', n),
            })) { Count = MaxPlaces };
            var cells = new CellFormats(_styles.Select(s => new CellFormat
            {
                NumberFormatId = s.Format, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0,
                ApplyNumberFormat = s.Format != 0 ? true : null,
                ApplyProtection = s.Locked ? null : true,
                Protection = s.Locked ? null : new Protection { Locked = false },
            })) { Count = (uint)_styles.Count };
            return new Stylesheet(
                formats,
                new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 1 },
                new Fills(
                    new Fill(new PatternFill { PatternType = PatternValues.None }),
                    new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
                new Borders(new Border()) { Count = 1 },
                new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
                cells,
                // The named style "Normal" that every workbook Excel writes has; some readers ask for it.
                new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
        }
    }
}
