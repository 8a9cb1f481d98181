using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ExcelDataReader;
using Kyodo.Schema;
using Kyodo.Xlsx;

namespace Kyodo.Tests.Xlsx;

public sealed class XlsxWriterTests
{
    static XlsxWriterTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    private static WorkbookSheet Sample() => new("projects", [new("id") { Locked = true, Text = true }, new("名前"), new("value"), new("done")])
    {
        Rows = [["p001", "市民活動の支援", 70.0m, true], ["p002", "a\nb & <c>", 12, false], ["p003", null, 1.25m, null]],
    };

    /// <summary>Every sheet as ExcelDataReader gives it: rows of values and each value's number format.</summary>
    private static List<(string Name, List<object?[]> Rows, List<string?[]> Formats)> ReadBack(byte[] xlsx)
    {
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(xlsx));
        var sheets = new List<(string, List<object?[]>, List<string?[]>)>();
        do
        {
            var rows = new List<object?[]>();
            var formats = new List<string?[]>();
            while (reader.Read())
            {
                rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue).ToArray());
                formats.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetNumberFormatString).ToArray());
            }
            sheets.Add((reader.Name, rows, formats));
        } while (reader.NextResult());
        return sheets;
    }

    [Fact]
    public void Values_ReadBackAsTheyWereWritten_ThroughExcelDataReader()
    {
        var (name, rows, formats) = Assert.Single(ReadBack(XlsxWriter.Write([Sample()])));

        Assert.Equal("projects", name);
        Assert.Equal(["id", "名前", "value", "done"], rows[0]);
        Assert.Equal(["p001", "市民活動の支援", 70.0, true], rows[1]);
        Assert.Equal(["p002", "a\nb & <c>", 12.0, false], rows[2]);
        Assert.Equal(["p003", null, 1.25, null], rows[3]);
        Assert.Equal("0.0", formats[1][2]);
        Assert.Equal("0.00", formats[3][2]);
        Assert.Equal("General", formats[2][2]);
        Assert.Equal("@", formats[1][0]);
    }

    [Fact]
    public void Workbooks_AreValidSpreadsheetML()
    {
        var longList = new WorkbookSheet("list", [new("department") { Check = new CellCheck.List([.. Enumerable.Range(1, 80).Select(i => $"d-{i}")]) }]);
        var spec = Kyodo.Schema.Tables.Get(Kyodo.Schema.Tables.ProjectTargets);
        foreach (var sheets in new WorkbookSheet[][] { [Sample()], [TableSheets.For(spec)], [longList, Sample() with { Name = "other", Hidden = true }] })
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(XlsxWriter.Write(sheets)), false);
            var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document);
            Assert.Empty(errors.Select(e => $"{e.Path?.XPath}: {e.Description}"));
        }
    }

    [Fact]
    public void Write_TwiceTheSameSheets_GivesTheSameBytes()
    {
        Assert.Equal(XlsxWriter.Write([Sample()]), XlsxWriter.Write([Sample()]));
    }

    [Fact]
    public void Header_IsFrozen_LockedColumnIsLocked_OthersEditable()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(XlsxWriter.Write([Sample()])), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.WorksheetParts.Single().Worksheet;
        var cellFormats = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        bool Locked(uint? style) => cellFormats[(int)(style ?? 0)].Protection?.Locked?.Value ?? true;

        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal("A2", pane.TopLeftCell!.Value);
        Assert.True(sheet.Descendants<SheetProtection>().Single().Sheet!.Value);
        var columns = sheet.Descendants<Column>().ToList();
        Assert.Equal([true, false, false, false], columns.Select(c => Locked(c.Style?.Value)));
        var cells = sheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        Assert.True(Locked(cells["A2"].StyleIndex?.Value), "an ID the city keeps");
        Assert.True(Locked(cells["B1"].StyleIndex?.Value), "the header");
        Assert.False(Locked(cells["B2"].StyleIndex?.Value));
        // "市民活動の支援" is 7 wide characters: 14 and a margin, wider than the default.
        Assert.Equal(16, columns[1].Width!.Value);
        Assert.Equal(8, columns[3].Width!.Value);
    }

    [Fact]
    public void TableSheet_HasTheChecksOfItsFieldTypes()
    {
        var spec = Kyodo.Schema.Tables.Get(Kyodo.Schema.Tables.Lineage);
        using var document = SpreadsheetDocument.Open(new MemoryStream(XlsxWriter.Write([TableSheets.For(spec)])), false);
        var checks = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DataValidation>()
            .ToDictionary(v => v.SequenceOfReferences!.InnerText!);
        string Range(string field)
        {
            var letters = Kyodo.Diagnostics.SourceLocation.ColumnLetters(spec.Fields.ToList().FindIndex(f => f.Name == field) + 1);
            return $"{letters}2:{letters}1048576";
        }

        var evidence = checks[Range("evidence")];
        Assert.Equal(DataValidationValues.List, evidence.Type!.Value);
        Assert.Equal("\"" + string.Join(',', spec.Field("evidence")!.Allowed) + "\"", evidence.Formula1!.Text);
        Assert.True(evidence.ShowErrorMessage!.Value);
        Assert.Contains("一覧", evidence.Error!.Value);
        var year = spec.Fields.First(f => f.Type == FieldType.Year);
        var yearCheck = checks[Range(year.Name)];
        Assert.Equal(DataValidationValues.Whole, yearCheck.Type!.Value);
        Assert.Equal(("1900", "2200"), (yearCheck.Formula1!.Text, yearCheck.Formula2!.Text));
    }

    [Fact]
    public void LongList_GoesToAHiddenSheet_AndTheTableIsStillTheSheetRead()
    {
        var values = Enumerable.Range(1, 80).Select(i => $"department-{i}").ToList();
        var sheet = new WorkbookSheet("projects", [new("id"), new("department") { Check = new CellCheck.List(values) }])
        {
            Rows = [["p001", "department-3"]],
        };
        var xlsx = XlsxWriter.Write([sheet]);

        using (var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false))
        {
            var entries = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
            Assert.Equal(["projects", "_lists"], entries.Select(s => s.Name!.Value));
            Assert.Equal(SheetStateValues.Hidden, entries[1].State!.Value);
            var check = document.WorkbookPart.WorksheetParts.Select(p => p.Worksheet).SelectMany(w => w.Descendants<DataValidation>()).Single();
            Assert.Equal("_lists!$A$1:$A$80", check.Formula1!.Text);
        }
        var lists = ReadBack(xlsx)[1];
        Assert.Equal(values, lists.Rows.Select(r => (string)r[0]!));
    }

    [Fact]
    public void SheetWithoutHeader_IsNeitherFrozenNorProtected()
    {
        var sheet = new WorkbookSheet("説明", [new(null) { Width = 80 }]) { Header = false, Rows = [["この表の使い方"], ["How to fill in"]] };

        var xlsx = XlsxWriter.Write([sheet]);

        Assert.Equal(["この表の使い方"], ReadBack(xlsx)[0].Rows[0]);
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var worksheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        Assert.Empty(worksheet.Descendants<Pane>());
        Assert.Empty(worksheet.Descendants<SheetProtection>());
        Assert.Equal(80, worksheet.Descendants<Column>().Single().Width!.Value);
    }

    [Fact]
    public void HiddenSheet_IsHidden()
    {
        var xlsx = XlsxWriter.Write([Sample(), new WorkbookSheet("about", [new("plan")]) { Hidden = true, Rows = [["koriyama"]] }]);

        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var entries = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Null(entries[0].State);
        Assert.Equal(SheetStateValues.Hidden, entries[1].State!.Value);
    }
}
