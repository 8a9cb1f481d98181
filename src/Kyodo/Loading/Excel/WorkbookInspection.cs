using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Kyodo.Loading.Excel;

/// <summary>A cell of a sheet that holds a formula: its reference (B3), row, column and the formula text.</summary>
internal sealed record FormulaCell(string Reference, int Row, int Column, string Formula);

/// <summary>
/// What ExcelDataReader does not say: which cells of a sheet are formulas (it gives their last saved value
/// only) and why a file is not a workbook it can open, in words a clerk can act on.
/// </summary>
internal static class WorkbookInspection
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>
    /// The formula cells of the sheet at <paramref name="sheetIndex"/> (workbook order, as ExcelDataReader
    /// counts sheets); empty when the package cannot be followed, since the reader has already opened it.
    /// </summary>
    public static IReadOnlyList<FormulaCell> Formulas(string path, int sheetIndex)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            if (SheetPart(zip, sheetIndex) is not { } part || zip.GetEntry(part) is not { } entry) return [];
            using var stream = entry.Open();
            using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            var found = new List<FormulaCell>();
            string? cell = null;
            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI != Main) continue;
                if (xml.LocalName == "c") cell = xml.GetAttribute("r");
                else if (xml.LocalName == "f" && cell is not null && Parse(cell) is { } at)
                {
                    var shared = xml.GetAttribute("t") == "shared";
                    var text = xml.IsEmptyElement ? "" : xml.ReadElementContentAsString();
                    found.Add(new FormulaCell(cell, at.Row, at.Column, text.Length > 0 ? "=" + text : shared ? "(shared)" : "="));
                    cell = null;
                }
            }
            return found;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or XmlException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static string? SheetPart(ZipArchive zip, int sheetIndex)
    {
        var ids = new List<string>();
        using (var workbook = zip.GetEntry("xl/workbook.xml")?.Open())
        {
            if (workbook is null) return null;
            using var xml = XmlReader.Create(workbook, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            while (xml.Read())
            {
                if (xml is { NodeType: XmlNodeType.Element, LocalName: "sheet" }) ids.Add(xml.GetAttribute("id", Relationships) ?? "");
            }
        }
        if (sheetIndex >= ids.Count) return null;
        using var rels = zip.GetEntry("xl/_rels/workbook.xml.rels")?.Open();
        if (rels is null) return null;
        using var r = XmlReader.Create(rels, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        while (r.Read())
        {
            if (r is { NodeType: XmlNodeType.Element, LocalName: "Relationship" } && r.NamespaceURI == PackageRelationships
                && r.GetAttribute("Id") == ids[sheetIndex] && r.GetAttribute("Target") is { } target)
            {
                return target.StartsWith('/') ? target[1..] : "xl/" + target;
            }
        }
        return null;
    }

    /// <summary>"AB12" → row 12, column 28.</summary>
    private static (int Row, int Column)? Parse(string reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetterUpper(reference[i]); i++) column = column * 26 + reference[i] - 'A' + 1;
        return column > 0 && i < reference.Length && int.TryParse(reference.AsSpan(i), out var row) ? (row, column) : null;
    }

    private static readonly byte[] Zip = "PK\u0003\u0004"u8.ToArray();
    private static readonly byte[] Compound = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>
    /// Why a workbook could not be opened, told by the file's first bytes rather than by the library's message:
    /// a password-protected workbook and an old .xls are both OLE compound files; an .xlsx is a zip.
    /// </summary>
    public static (string Ja, string En) WhyUnreadable(string path, Exception ex)
    {
        if (ex is UnauthorizedAccessException)
        {
            return ("ファイルを開けません（他のプログラムで開いているか、読む権限がありません）",
                "the file cannot be opened (another program has it open, or it may not be read)");
        }
        // The file is read again: if that fails too, it is locked or unreadable rather than malformed.
        byte[] head;
        try
        {
            using var stream = File.OpenRead(path);
            head = new byte[Math.Min(stream.Length, 1 << 20)];
            stream.ReadExactly(head);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ("ファイルを開けません（他のプログラムで開いているか、読む権限がありません）",
                "the file cannot be opened (another program has it open, or it may not be read)");
        }
        if (head.AsSpan().StartsWith(Compound))
        {
            return head.AsSpan().IndexOf(Encoding.Unicode.GetBytes("EncryptionInfo")) >= 0
                ? ("パスワードで保護（暗号化）されています", "it is protected with a password (encrypted)")
                : ("古い Excel 形式（.xls、Excel 97-2003 ブック）で保存されています", "it is saved in the old Excel format (.xls, Excel 97-2003 Workbook)");
        }
        if (head.AsSpan().StartsWith(Zip))
        {
            return ("Excel ブックではない ZIP ファイルか、壊れたファイルです", "it is a zip file that is not an Excel workbook, or it is damaged");
        }
        return head.Length == 0
            ? ("ファイルが空です", "the file is empty")
            : ("Excel ブック（.xlsx）ではありません（壊れているか、別の形式のファイルの名前を .xlsx に変えたものです）",
               "it is not an Excel workbook (.xlsx): it is damaged, or a file of another kind renamed to .xlsx");
    }
}
