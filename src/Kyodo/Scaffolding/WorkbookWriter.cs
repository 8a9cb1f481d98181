using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace Kyodo.Scaffolding;

/// <summary>A sheet to write: its name and its rows of cells (string, number, bool or null).</summary>
public sealed record SheetData(string Name, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>
/// Writes a minimal Excel workbook (.xlsx, SpreadsheetML) with text in inline strings and numbers as numbers:
/// enough for table templates a clerk opens in Excel. A decimal keeps its decimal places through a number
/// format ("0.0"), as Excel shows 70.0. The output is deterministic (fixed entry times).
/// </summary>
public static class WorkbookWriter
{
    private static readonly DateTimeOffset FixedTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Write(IReadOnlyList<SheetData> sheets)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml",
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
                "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>" +
                string.Concat(sheets.Select((_, i) => $"<Override PartName=\"/xl/worksheets/sheet{i + 1}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>")) +
                "</Types>");
            Add(zip, "_rels/.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>" +
                "</Relationships>");
            Add(zip, "xl/workbook.xml",
                "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>" +
                string.Concat(sheets.Select((s, i) => $"<sheet name=\"{Escape(s.Name)}\" sheetId=\"{i + 1}\" r:id=\"rId{i + 1}\"/>")) +
                "</sheets></workbook>");
            Add(zip, "xl/_rels/workbook.xml.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                string.Concat(sheets.Select((_, i) => $"<Relationship Id=\"rId{i + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>")) +
                $"<Relationship Id=\"rId{sheets.Count + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>" +
                "</Relationships>");
            Add(zip, "xl/styles.xml", Styles());
            for (var i = 0; i < sheets.Count; i++) Add(zip, $"xl/worksheets/sheet{i + 1}.xml", Sheet(sheets[i]));
        }
        return buffer.ToArray();
    }

    private static string Sheet(SheetData sheet)
    {
        var xml = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<row r=\"{r + 1}\">");
            var row = sheet.Rows[r];
            for (var c = 0; c < row.Count; c++)
            {
                var reference = Diagnostics.SourceLocation.ColumnLetters(c + 1) + (r + 1).ToString(CultureInfo.InvariantCulture);
                switch (row[c])
                {
                    case null:
                        break;
                    case bool b:
                        xml.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\" t=\"b\"><v>{(b ? 1 : 0)}</v></c>");
                        break;
                    case decimal d when d.Scale > 0:
                        // Style n shows n decimal places (see Styles), so 70.0 reads back as 70.0, not 70.
                        var places = Math.Min((int)d.Scale, MaxPlaces);
                        xml.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\" s=\"{places}\"><v>{d.ToString(CultureInfo.InvariantCulture)}</v></c>");
                        break;
                    case int or long or decimal or double:
                        xml.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\"><v>{Convert.ToString(row[c], CultureInfo.InvariantCulture)}</v></c>");
                        break;
                    default:
                        var text = Convert.ToString(row[c], CultureInfo.InvariantCulture) ?? "";
                        xml.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{Escape(text)}</t></is></c>");
                        break;
                }
            }
            xml.Append("</row>");
        }
        return xml.Append("</sheetData></worksheet>").ToString();
    }

    private const int MaxPlaces = 6;

    /// <summary>Cell style 0 is General; style n (1…6) shows n decimal places.</summary>
    private static string Styles()
    {
        var formats = Enumerable.Range(1, MaxPlaces).Select(n => $"<numFmt numFmtId=\"{163 + n}\" formatCode=\"0.{new string('0', n)}\"/>");
        var styles = Enumerable.Range(1, MaxPlaces).Select(n => $"<xf numFmtId=\"{163 + n}\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>");
        return "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
               $"<numFmts count=\"{MaxPlaces}\">{string.Concat(formats)}</numFmts>" +
               "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>" +
               "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>" +
               "<borders count=\"1\"><border/></borders>" +
               "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>" +
               $"<cellXfs count=\"{MaxPlaces + 1}\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>{string.Concat(styles)}</cellXfs>" +
               "</styleSheet>";
    }

    private static string Escape(string text) => SecurityElement.Escape(text) ?? "";

    private static void Add(ZipArchive zip, string name, string xml)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = FixedTime;
        using var stream = entry.Open();
        var bytes = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml);
        stream.Write(bytes);
    }
}
