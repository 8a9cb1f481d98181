using System.Globalization;
using System.Text;

namespace Kyodo.Tests.Corpus;

/// <summary>
/// The corpus of broken inputs: each case is a change to the sample data set (Corpus/Sample) that a clerk
/// could make, with every finding it must produce. Binary inputs (Shift_JIS, UTF-16, a workbook saved as
/// .csv) are generated here from the sample's own text rather than committed as opaque files.
/// </summary>
public static class CorpusCases
{
    private const string Py = "data/sample/project_years.csv";
    private const string Pr = "data/sample/projects.csv";
    private const string So = "data/sample/sources.csv";
    private const string Me = "data/sample/measures.csv";
    private const string De = "data/sample/departments.csv";
    private const string Li = "data/sample/lineage.csv";
    private const string Mt = "data/sample/metrics.csv";
    private const string In = "data/sample/indicators.csv";
    private const string Iv = "data/sample/indicator_values.csv";
    private const string It = "data/sample/indicator_targets.csv";
    private const string Re = "data/sample/relistings.csv";
    private const string Plan = "data/sample/plan.yaml";
    private const string Site = "data/site.yaml";
    private const string MdJa = "input/ja/about.md";
    private const string MdEn = "input/en/about.md";

    private static Expected E(string code, string file, int line = 0, int column = 0) => new(code, file, line, column);

    private static Expected W(string code, string file, int line = 0, int column = 0) => new(code, file, line, column, Warning: true);

    private static CorpusCase C(string name, string what, Action<Workspace> arrange, params Expected[] findings) =>
        new(name, what, arrange, findings);

    private static CorpusCase Ok(string name, string what, Action<Workspace> arrange) =>
        new(name, what, arrange, []) { SameSiteAsSample = true };

    public static readonly IReadOnlyList<CorpusCase> All =
    [
        // ── Encodings ────────────────────────────────────────────────────────────────
        C("encoding/shift-jis-table", "project_years.csv saved from Excel as \"CSV (Comma delimited)\", which is Shift_JIS",
            w => w.Reencode(Py, Workspace.ShiftJis, bom: false),
            E("KY002", Py, 2)),
        C("encoding/shift-jis-yaml", "plan.yaml saved as Shift_JIS by an old editor",
            w => w.Reencode(Plan, Workspace.ShiftJis, bom: false),
            E("KY002", Plan, 3)),
        C("encoding/shift-jis-markdown", "a content page saved as Shift_JIS",
            w => w.Reencode(MdJa, Workspace.ShiftJis, bom: false),
            E("KY002", MdJa, 2)),
        C("encoding/utf16le-with-bom", "sources.csv saved as \"Unicode Text\" (UTF-16 LE with BOM)",
            w => w.Reencode(So, Encoding.Unicode, bom: true),
            E("KY001", So)),
        C("encoding/utf16be-with-bom", "measures.csv saved as UTF-16 big-endian with BOM",
            w => w.Reencode(Me, Encoding.BigEndianUnicode, bom: true),
            E("KY001", Me)),
        C("encoding/utf16le-without-bom", "departments.csv saved as UTF-16 without a byte order mark",
            w => w.Reencode(De, Encoding.Unicode, bom: false),
            E("KY001", De)),
        C("encoding/utf16-yaml", "site.yaml saved as UTF-16",
            w => w.Reencode(Site, Encoding.Unicode, bom: true),
            E("KY001", Site)),
        C("encoding/mixed-utf8-and-shift-jis", "one row pasted from a Shift_JIS file into a UTF-8 file",
            w =>
            {
                var lines = w.Read(Py).Split('\n');
                var bytes = new List<byte>();
                for (var i = 0; i < lines.Length; i++)
                {
                    bytes.AddRange((i == 2 ? Workspace.ShiftJis : Encoding.UTF8).GetBytes(lines[i]));
                    if (i < lines.Length - 1) bytes.Add((byte)'\n');
                }
                w.WriteBytes(Py, [.. bytes]);
            },
            E("KY003", Py, 3, 27)) with
        { MessageContains = ["Shift_JIS"] },
        C("encoding/stray-latin1-byte", "an accented letter typed in a Western (Windows-1252) editor",
            w =>
            {
                var bytes = Encoding.UTF8.GetBytes(w.Read(Pr).Replace("p002,,", "p002,,Caf\u00e9", StringComparison.Ordinal)).ToList();
                var at = bytes.FindIndex(b => b == 0xC3);
                bytes.RemoveAt(at);
                bytes[at] = 0xE9;
                w.WriteBytes(Pr, [.. bytes]);
            },
            E("KY003", Pr, 3, 10)),
        C("encoding/excel-workbook-named-csv", "an .xlsx workbook renamed to projects.csv",
            w => w.WriteBytes(Pr, [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, .. Encoding.ASCII.GetBytes("[Content_Types].xml"), 0x00, 0x00, 0x00, 0x00]),
            E("KY016", Pr)),
        C("encoding/nul-character", "a NUL character inside a cell",
            w => w.Replace(Pr, "p002,,", "p0\u000002,,"),
            E("KY004", Pr, 3, 3)),
        Ok("encoding/utf8-bom-accepted", "every file saved as UTF-8 with a BOM (Excel's \"CSV UTF-8\")",
            w =>
            {
                foreach (var file in Directory.GetFiles(w.Root, "*", SearchOption.AllDirectories))
                {
                    w.WriteBytes(Path.GetRelativePath(w.Root, file), [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(file)]);
                }
            }),
        Ok("encoding/double-bom-accepted", "a file whose BOM was written twice by two tools",
            w => w.WriteBytes(Pr, [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(w.Full(Pr))])),

        // ── Line ends ────────────────────────────────────────────────────────────────
        Ok("line-ends/crlf-accepted", "every file with Windows line ends (CRLF), multi-line cells included",
            w => w.ConvertLineEndings("\r\n")),
        Ok("line-ends/cr-accepted", "every file with old Mac line ends (CR)",
            w => w.ConvertLineEndings("\r")),
        Ok("line-ends/mixed-accepted", "two rows pasted with CRLF into an LF file",
            w => w.Write(Py, ReplaceNth(ReplaceNth(w.Read(Py), "\n", 2, "\r\n"), "\n", 3, "\r\n"))),
        Ok("line-ends/no-final-newline-accepted", "the last line has no line end",
            w => w.Write(Pr, w.Read(Pr).TrimEnd('\n'))),
        Ok("line-ends/blank-lines-accepted", "blank lines between rows and at the end",
            w => w.Write(Pr, w.Read(Pr).Replace("p002,,\n", "p002,,\n\n\n", StringComparison.Ordinal) + "\n\n")),

        // ── Columns ──────────────────────────────────────────────────────────────────
        C("columns/missing-required", "the department_id column deleted",
            w => w.DeleteColumn(Py, "department_id"),
            E("KY020", Py, 1)),
        C("columns/renamed-typo", "name_ja typed as name-ja",
            w => w.RenameColumn(Py, "name_ja", "name-ja"),
            E("KY021", Py, 1, 7)) with
        { MessageContains = ["name_ja"] },
        C("columns/renamed-case", "project_id typed with capitals",
            w => w.RenameColumn(Py, "project_id", "Project_ID"),
            E("KY021", Py, 1, 1)) with
        { MessageContains = ["project_id"] },
        C("columns/translated-header", "the header name_ja replaced by its Japanese meaning 事業名",
            w => w.RenameColumn(Py, "name_ja", "事業名"),
            E("KY021", Py, 1, 7)) with
        { MessageContains = ["name_ja"] },
        C("columns/renamed-to-a-word-of-its-own", "name_ja retitled 項目名 (neither a misspelling nor its documented meaning)",
            w => w.RenameColumn(Py, "name_ja", "項目名"),
            E("KY021", Py, 1, 7)) with
        { MessageContains = ["name_ja", "項目名"] },
        C("columns/invisible-character", "a zero-width space pasted after a column name",
            w => w.RenameColumn(Py, "name_en", "name_en\u200B"),
            E("KY021", Py, 1, 8)) with
        { MessageContains = ["U+200B", "name_en"] },
        C("columns/duplicated", "the column no renamed to year, so year appears twice",
            w => w.RenameColumn(Py, "no", "year"),
            E("KY022", Py, 1, 3)),
        C("columns/extra", "a memo column added for the clerk's own notes",
            w => w.Write(Pr, "id,note_ja,note_en,memo\np001,,,確認済み\np002,,,\np003,,,\n"),
            E("KY021", Pr, 1, 4)),
        Ok("columns/spaces-around-names-accepted", "spaces around column names",
            w => w.RenameColumn(Pr, "note_ja", " note_ja ")),

        // ── Files ────────────────────────────────────────────────────────────────────
        C("files/missing-required-table", "projects.csv deleted",
            w => w.Delete(Pr),
            E("KY006", Pr)),
        C("files/missing-site-yaml", "site.yaml deleted",
            w => w.Delete(Site),
            E("KY006", Site)),
        C("files/missing-plan-yaml", "plan.yaml deleted",
            w => w.Delete(Plan),
            E("KY006", Plan)),
        C("files/missing-plan-folder", "site.yaml lists a plan whose folder does not exist",
            w => w.Replace(Site, "  - sample\n", "  - sample\n  - other\n"),
            E("KY066", Site, 8, 5)),
        C("files/empty-zero-bytes", "measures.csv saved empty",
            w => w.Write(Me, ""),
            E("KY005", Me)),
        C("files/empty-blank-lines", "projects.csv holds only blank lines",
            w => w.Write(Pr, "\n\n  \n"),
            E("KY005", Pr)),
        C("files/empty-yaml", "plan.yaml saved empty",
            w => w.Write(Plan, ""),
            E("KY005", Plan)),
        new("files/header-only-accepted", "an optional table with a header and no rows",
            w => w.Write(It, "indicator_id,target_year,value,status,set_in,source,note_ja,note_en\n"), []),
        new("files/optional-table-deleted-accepted", "an optional table (lineage.csv) deleted",
            w => w.Delete(Li), []),
        C("files/huge", "a file one byte over the 512 MB limit saved by mistake as project_years.csv",
            w =>
            {
                // A sparse file: the size is checked before anything is read, so nothing is written to disk.
                using var stream = File.Create(w.Full(Py));
                stream.SetLength(Kyodo.Loading.DataFiles.MaxFileBytes + 1);
            },
            E("KY007", Py)),
        C("files/large-with-error-at-end", "30,000 valid rows and a unit typed into the very last one",
            w =>
            {
                var sb = new StringBuilder(w.Read(Mt));
                for (var seq = 3; seq < 30003; seq++)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"p001,2021,{seq},result,actual,件数{seq},Count,{seq},件,items,2021,,,false,件数 {seq}件,sample-2021-report#基本施策1\n");
                }
                sb.Append("p001,2021,30003,result,actual,最後,Last,12件,件,items,2021,,,false,最後 12件,sample-2021-report#基本施策1\n");
                w.Write(Mt, sb.ToString());
            },
            E("KY032", Mt, 30004, 8)),

        // ── Rows ─────────────────────────────────────────────────────────────────────
        C("rows/ragged-short", "a row with its cells deleted",
            w => w.ReplaceLine(Pr, 3, "p002"),
            E("KY013", Pr, 3)),
        C("rows/ragged-long", "an unquoted comma inside a text",
            w => w.ReplaceLine(Me, 3, "2,1,2,情報の発信,Sharing information, news and events,,,sample-2020-plan#基本施策2,,"),
            E("KY013", Me, 3)),
        C("rows/unterminated-quote-at-end", "a quote opened in the last row and never closed",
            w => w.AppendLine(Pr, "p004,\"注記"),
            E("KY010", Pr, 5, 6)),
        C("rows/unterminated-quote-in-middle", "a quote opened in the first row swallows the rest of the file",
            w => w.ReplaceLine(Pr, 2, "p001,\"注記,"),
            E("KY010", Pr, 2, 6)),
        C("rows/text-after-closing-quote", "text after a quoted cell",
            w => w.ReplaceLine(Pr, 3, "p002,\"注記\"です,"),
            E("KY011", Pr, 3, 10)),
        C("rows/stray-quotes", "a quoted word inside an unquoted cell",
            w => w.ReplaceLine(Pr, 3, "p002,注記\"A\","),
            E("KY012", Pr, 3, 8)),

        // ── Keys and references ──────────────────────────────────────────────────────
        C("keys/duplicate-id", "a project ID typed twice",
            w => w.AppendLine(Pr, "p002,,"),
            E("KY050", Pr, 5, 1)),
        C("keys/duplicate-project-year", "the same project listed twice in one year",
            w => w.AppendLine(Py, "p001,2020,9,9,1,new,市民活動支援事業,,shimin-npo,,,,,,,,none,sample-2020-plan#基本施策1,,"),
            E("KY050", Py, 9, 1)),
        C("refs/dangling-measure", "a measure number that does not exist",
            w => w.SetCell(Py, 3, "measure_id", "9"),
            E("KY051", Py, 3, 5)),
        C("refs/dangling-department", "a department ID with a letter missing",
            w => w.SetCell(Py, 2, "department_id", "shimin-np"),
            E("KY051", Py, 2, 9)) with
        { MessageContains = ["shimin-npo"] },
        C("refs/dangling-lineage-target", "a merge into a project ID that does not exist",
            w => w.SetCell(Li, 2, "to_id", "p099"),
            E("KY051", Li, 2, 5)),
        C("refs/dangling-lineage-origin", "a lineage event from a project ID that does not exist",
            w => w.SetCell(Li, 2, "from_id", "p030"),
            E("KY051", Li, 2, 4)),
        C("refs/sdg-goal-out-of-range", "SDG goal 18 (there are 17)",
            w => w.SetCell(Py, 2, "sdg_goals", "11;17;18"),
            E("KY037", Py, 2, 15)),
        C("refs/sdg-target-unknown", "an SDG target of goal 18",
            w => w.SetCell(Py, 2, "sdg_targets", "18.1"),
            E("KY040", Py, 2, 16)),
        C("refs/unknown-source-document", "a source document ID that is not in sources.csv",
            w => w.SetCell(Py, 3, "source", "sample-2019-plan#基本施策2"),
            E("KY041", Py, 3, 18)),
        C("refs/department-successor", "a successor department ID misspelt",
            w => w.SetCell(De, 3, "successor_id", "koho-kouchou"),
            E("KY051", De, 3, 6)) with
        { MessageContains = ["koho-kocho"] },
        C("refs/unknown-indicator", "an indicator value for an indicator ID with a letter missing",
            w => w.SetCell(Iv, 2, "indicator_id", "volunteer"),
            E("KY051", Iv, 2, 1)),
        C("refs/relisting-without-listing", "a re-listing in a year the project is not listed",
            w => w.Write(Re, "project_id,year,no,seq,measure_id,name_ja,name_en,plan_ja,plan_en,result_ja,result_en,achievement,sdg_goals,sdg_targets,sdg_status,department_id,source,note_ja,note_en\n" +
                             "p003,2021,,9,1,双方向広報事業,,,,,,,,,none,koho-kocho,sample-2021-report,,\n"),
            E("KY051", Re, 2, 1)),
        C("refs/edition-source-missing", "an edition in plan.yaml names a document missing from sources.csv",
            w => w.Replace(Plan, "source: sample-2021-report", "source: sample-2021-reprt"),
            E("KY041", Plan, 40, 13)),

        // ── Years ────────────────────────────────────────────────────────────────────
        C("years/five-digits", "a year typed with an extra digit",
            w => w.SetCell(Py, 3, "year", "20200"),
            E("KY035", Py, 3, 2)),
        C("years/out-of-range", "a fiscal year of 1800",
            w => w.SetCell(So, 2, "fiscal_year", "1800"),
            E("KY036", So, 2, 6)),
        C("years/not-an-edition", "a project listed in a year that has no document",
            w => w.SetCell(Py, 3, "year", "2019"),
            E("KY054", Py, 3, 2)),
        C("years/wareki-reiwa", "令和2年度 instead of 2020",
            w => w.SetCell(Py, 3, "year", "令和2年度"),
            E("KY035", Py, 3, 2)) with
        { MessageContains = ["2020"] },
        C("years/wareki-full-width-typo", "令和２年 with a full-width digit",
            w => w.SetCell(Mt, 2, "period", "令和２年"),
            E("KY035", Mt, 2, 11)) with
        { MessageContains = ["2020"] },
        C("years/wareki-kanji-numeral", "令和三年度 written with a kanji numeral",
            w => w.SetCell(Mt, 2, "period", "令和三年度"),
            E("KY035", Mt, 2, 11)) with
        { MessageContains = ["2021"] },
        C("years/wareki-abbreviation", "R3 for 令和3年度",
            w => w.SetCell(Mt, 3, "period", "R3"),
            E("KY035", Mt, 3, 11)) with
        { MessageContains = ["2021"] },
        C("years/heisei-gannen", "平成元年度",
            w => w.SetCell(So, 2, "fiscal_year", "平成元年度"),
            E("KY035", So, 2, 6)) with
        { MessageContains = ["1989"] },
        C("years/full-width-digits", "２０２０ in full-width digits",
            w => w.SetCell(It, 2, "target_year", "２０２２"),
            E("KY033", It, 2, 2)) with
        { MessageContains = ["2022"] },
        C("years/before-baseline", "an indicator value before the indicator's baseline year",
            w => w.SetCell(Iv, 2, "year", "2018"),
            E("KY036", Iv, 2, 2)),
        C("years/decimal", "a year typed as 2020.0",
            w => w.SetCell(Py, 3, "year", "2020.0"),
            E("KY035", Py, 3, 2)),

        // ── Numbers ──────────────────────────────────────────────────────────────────
        C("numbers/not-a-number", "a word where a number belongs",
            w => w.SetCell(Mt, 2, "value", "多数"),
            E("KY031", Mt, 2, 8)),
        C("numbers/full-width-digits", "full-width digits",
            w => w.SetCell(Mt, 2, "value", "１２"),
            E("KY033", Mt, 2, 8)) with
        { MessageContains = ["12"] },
        C("numbers/full-width-space", "a number followed by a full-width space",
            w => w.SetCell(Mt, 3, "prev_value", "35\u3000"),
            E("KY033", Mt, 3, 12)),
        C("numbers/thousands-separator", "1,200 with a thousands separator",
            w => w.SetCell(Iv, 2, "value", "1,200"),
            E("KY032", Iv, 2, 3)) with
        { MessageContains = ["1200"] },
        C("numbers/unit", "a unit typed into a number cell",
            w => w.SetCell(Mt, 2, "value", "12団体"),
            E("KY032", Mt, 2, 8)) with
        { MessageContains = ["12"] },
        C("numbers/percent", "a per cent sign in a target",
            w => w.SetCell(It, 2, "value", "70%"),
            E("KY032", It, 2, 3)) with
        { MessageContains = ["70"] },
        C("numbers/triangle-negative", "▲5, the accounting mark for a negative number",
            w => w.SetCell(Mt, 2, "value", "▲5"),
            E("KY032", Mt, 2, 8)) with
        { MessageContains = ["-5"] },
        C("numbers/integer-with-decimals", "an order number with decimals",
            w => w.SetCell(Py, 2, "seq", "1.5"),
            E("KY034", Py, 2, 4)),
        C("numbers/kanji-numeral", "decimal places written as 一",
            w => w.SetCell(In, 2, "decimals", "一"),
            E("KY034", In, 2, 11)),
        C("numbers/boolean-in-japanese", "はい instead of true",
            w => w.SetCell(Mt, 2, "cumulative", "はい"),
            E("KY039", Mt, 2, 14)),

        // ── Codes and ratings ────────────────────────────────────────────────────────
        C("ratings/outside-scale", "rating 4 on a three-level scale",
            w => w.SetCell(Py, 5, "achievement", "4"),
            E("KY055", Py, 7, 14)),
        C("ratings/label-instead-of-code", "the rating's label typed instead of its code",
            w => w.SetCell(Py, 8, "achievement", "予定どおり実施した"),
            E("KY055", Py, 8, 14)),
        C("ratings/on-plan-edition", "a rating given in a plan year (plans have no results)",
            w => w.SetCell(Py, 2, "achievement", "3"),
            E("KY056", Py, 2, 14)),
        C("codes/unknown-category", "the category typed in Japanese",
            w => w.SetCell(Py, 2, "category", "拡充"),
            E("KY037", Py, 2, 6)),
        C("codes/wrong-case", "a code with a capital letter",
            w => w.SetCell(Py, 2, "sdg_status", "Recorded"),
            E("KY037", Py, 2, 17)),
        C("codes/sdg-recorded-without-goals", "sdg_status recorded but the goals deleted",
            w =>
            {
                w.SetCell(Py, 2, "sdg_goals", "");
                w.SetCell(Py, 2, "sdg_targets", "");
            },
            E("KY056", Py, 2, 17)),
        C("values/status-disagrees", "a value given but its status says not surveyed",
            w => w.SetCell(Iv, 2, "status", "not_surveyed"),
            E("KY057", Iv, 2, 4)),
        C("values/required-empty", "a project name deleted",
            w => w.SetCell(Py, 3, "name_ja", ""),
            E("KY030", Py, 3, 7)),

        // ── IDs and text ─────────────────────────────────────────────────────────────
        C("ids/upper-case", "a project ID in capitals",
            w => w.AppendLine(Pr, "P004,,"),
            E("KY038", Pr, 5, 1)),
        C("ids/full-width", "a project ID typed in full-width letters",
            w => w.AppendLine(Pr, "ｐ００４,,"),
            E("KY038", Pr, 5, 1)) with
        { MessageContains = ["p004"] },
        C("ids/japanese", "a project ID in Japanese",
            w => w.AppendLine(Pr, "事業4,,"),
            E("KY038", Pr, 5, 1)),
        C("ids/path-traversal", "an ID that climbs out of its folder",
            w => w.AppendLine(Pr, "../../etc,,"),
            E("KY038", Pr, 5, 1)),
        C("ids/windows-reserved-name", "an ID that Windows cannot use as a folder name",
            w => w.AppendLine(Pr, "nul,,"),
            E("KY043", Pr, 5, 1)),
        C("text/control-character", "a vertical tab pasted from Word",
            w => w.SetCell(Py, 2, "plan_ja", "市民活動\u000B団体の活動を支援します。"),
            E("KY042", Py, 2, 10)),
        C("text/line-separator", "a Unicode line separator (U+2028) pasted from a web page",
            w => w.SetCell(Py, 2, "plan_en", "We support\u2028civic groups."),
            E("KY042", Py, 2, 11)),
        // Issue 22.3 and 22.4: one set of text rules (Loading/TextRules) for CSV, Excel, YAML and Markdown.
        C("text/right-to-left-override", "a project name that shows as 事業exe.png but is 事業\u202Egnp.exe",
            w => w.SetCell(Py, 2, "name_ja", "事業\u202Egnp.exe"),
            E("KY044", Py, 2, 7)) with
        { MessageContains = ["U+202E RIGHT-TO-LEFT OVERRIDE"] },
        C("text/isolate-and-marks", "a left-to-right isolate and a right-to-left mark in a plan text",
            w => w.SetCell(Py, 3, "plan_en", "We publish \u2066a\u2069 monthly\u200F newsletter."),
            E("KY044", Py, 3, 11)) with
        { MessageContains = ["U+2066 LEFT-TO-RIGHT ISOLATE", "12"] },
        C("text/arabic-letter-mark-and-bom", "an Arabic letter mark and a byte order mark inside a note",
            w => w.SetCell(Py, 2, "note_ja", "備考\u061C\uFEFF"),
            E("KY044", Py, 2, 19)) with
        { MessageContains = ["U+061C ARABIC LETTER MARK"] },
        C("text/zero-width-space",
            "a zero-width space and a soft hyphen pasted from a web page: taken out, with a warning",
            w =>
            {
                w.SetCell(Py, 2, "plan_ja", "市民活動\u200B団体の活動を支援します。");
                w.SetCell(Py, 2, "plan_en", "We sup\u00ADport civic groups.");
            },
            W("KY045", Py, 2, 10), W("KY045", Py, 2, 11)) with
        { MessageContains = ["U+200B ZERO WIDTH SPACE", "U+00AD SOFT HYPHEN"] },
        C("yaml/right-to-left-isolate", "a right-to-left isolate in the plan's name in plan.yaml",
            w => w.ReplaceLine(Plan, 3, "  ja: サンプル市\u2067協働推進計画"),
            E("KY044", Plan, 3, 12)) with
        { MessageContains = ["U+2067 RIGHT-TO-LEFT ISOLATE"] },
        C("yaml/escaped-override", "a right-to-left override written as an escape in a quoted value",
            w => w.ReplaceLine(Plan, 3, "  ja: \"サンプル市\\u202E協働推進計画\""),
            E("KY044", Plan, 3, 7)) with
        { MessageContains = ["U+202E RIGHT-TO-LEFT OVERRIDE", "6"] },
        C("yaml/right-to-left-mark-in-site", "a right-to-left mark in the site's title",
            w => w.ReplaceLine(Site, 3, "  ja: サンプル市\u200F協働推進計画と実績"),
            E("KY044", Site, 3, 12)),
        C("yaml/control-character", "a vertical tab in plan.yaml",
            w => w.ReplaceLine(Plan, 3, "  ja: サンプル市\u000B協働推進計画"),
            E("KY042", Plan, 3, 12)),
        C("markdown/control-characters", "U+0001 and a vertical tab in content pages",
            w =>
            {
                w.ReplaceLine(MdJa, 7, "サンプル市\u0001協働推進計画の[事業一覧](/projects/)を公開しています。");
                w.ReplaceLine(MdEn, 7,
                    "This\u000B site publishes the [projects](/projects/) of Sample City's collaboration plan.");
            },
            E("KY042", MdEn, 7, 5), E("KY042", MdJa, 7, 6)) with
        { MessageContains = ["U+0001 START OF HEADING", "U+000B LINE TABULATION"] },
        C("markdown/bidi-override", "a left-to-right override in a content page's text and a pop in its title",
            w =>
            {
                w.ReplaceLine(MdEn, 7,
                    "This site \u202Dpublishes the [projects](/projects/) of Sample City's collaboration plan.");
                w.ReplaceLine(MdEn, 2, "title: About\u202C this site");
            },
            E("KY044", MdEn, 2, 13), E("KY044", MdEn, 7, 11)) with
        { MessageContains = ["U+202D LEFT-TO-RIGHT OVERRIDE"] },
        C("markdown/zero-width-space", "zero-width spaces in a content page: taken out, with a warning a line",
            w => w.ReplaceLine(MdJa, 7, "サンプル市\u200B協働推進計画の\u200B[事業一覧](/projects/)を公開しています。"),
            W("KY045", MdJa, 7, 6)) with
        { MessageContains = ["U+200B ZERO WIDTH SPACE", "2 "] },

        C("sdgs/duplicate-goal", "an SDG goal listed twice in sdgs.csv",
            w => w.AppendLine("data/sdgs.csv", "17,パートナーシップで目標を達成しよう,Partnerships for the goals,#19486A"),
            E("KY050", "data/sdgs.csv", 19, 1)),
        C("sdgs/colour-not-hex", "an SDG colour written as a colour name",
            w => w.Replace("data/sdgs.csv", "#E5243B", "red"),
            E("KY062", "data/sdgs.csv", 2, 4)),
        C("yaml/rating-colour-not-hex", "a rating colour that is not #RRGGBB",
            w => w.ReplaceLine(Plan, 21, "      colour: \"blue; background: url(x)\""),
            E("KY062", Plan, 21, 15)),

        // ── Projects and lineage ─────────────────────────────────────────────────────
        C("projects/no-year", "a project registered but listed in no year",
            w => w.AppendLine(Pr, "p004,,"),
            E("KY052", Pr, 5, 1)),
        C("lineage/cycle", "two projects each merged into the other",
            w => w.AppendLine(Li, "l002,project,merged,p002,p003,2021,document-note,根拠,Evidence,high,sample-2021-report"),
            E("KY053", Li, 3, 4)),
        C("lineage/self", "a project merged into itself",
            w => w.SetCell(Li, 2, "to_id", "p003"),
            E("KY053", Li, 2, 5)),
        C("lineage/merged-without-successor", "a merge with the successor left empty",
            w => w.SetCell(Li, 2, "to_id", ""),
            E("KY030", Li, 2, 5)),
        C("lineage/department-cycle", "two departments each renamed into the other",
            w => w.SetCell(De, 4, "successor_id", "koho"),
            E("KY053", De, 3, 6)),

        // ── YAML ─────────────────────────────────────────────────────────────────────
        C("yaml/tab-indentation", "a line indented with a tab",
            w => w.ReplaceLine(Plan, 9, "\tstart: 2020"),
            E("KY060", Plan, 9, 1)),
        C("yaml/no-space-after-colon", "end:2022 without a space",
            w => w.ReplaceLine(Plan, 10, "  end:2022"),
            E("KY060", Plan, 10, 3)),
        C("yaml/unclosed-quote", "a colour with its closing quote missing",
            w => w.ReplaceLine(Plan, 21, "      colour: \"#1a5e9a"),
            E("KY060", Plan, 21, 15)),
        C("yaml/duplicate-key", "city written twice",
            w => w.ReplaceLine(Plan, 8, "city: 別の市\nperiod:"),
            E("KY060", Plan, 8, 1)),
        C("yaml/missing-key", "the plan's name deleted",
            w => w.Replace(Plan, "name:\n  ja: サンプル市協働推進計画\n  en: Sample City Collaboration Plan\n", ""),
            E("KY061", Plan, 1, 1)),
        C("yaml/not-a-number", "the start year in kanji numerals",
            w => w.ReplaceLine(Plan, 9, "  start: 二〇二〇"),
            E("KY062", Plan, 9, 10)),
        C("yaml/list-expected", "editions written on one line instead of a list",
            w => w.Write(Plan, w.Read(Plan)[..w.Read(Plan).IndexOf("editions:", StringComparison.Ordinal)] + "editions: 2020, 2021\n"),
            E("KY062", Plan, 33, 11)),
        C("yaml/plan-id-mismatch", "the plan's id differs from its folder name",
            w => w.ReplaceLine(Plan, 1, "id: sample-city"),
            E("KY062", Plan, 1, 5)),
        C("yaml/site-url-not-absolute", "site_url without https://",
            w => w.ReplaceLine(Site, 5, "site_url: example.org/sample"),
            E("KY068", Site, 5, 11)),
        C("yaml/site-url-markup", "a site_url that closes an attribute and opens a script",
            w => w.ReplaceLine(Site, 5, "site_url: 'https://example.org/\"><script>alert(1)</script>'"),
            E("KY068", Site, 5, 11)),
        C("yaml/site-url-http", "a site_url over plain http",
            w => w.ReplaceLine(Site, 5, "site_url: http://example.org/sample"),
            E("KY068", Site, 5, 11)),
        C("yaml/rating-level-without-code", "a rating level whose code was deleted",
            w => w.ReplaceLine(Plan, 25, "    - name: \"1\""),
            E("KY061", Plan, 25, 7), W("KY067", Plan, 25, 7)),
        C("yaml/edition-kind", "an edition kind typed in Japanese",
            w => w.ReplaceLine(Plan, 35, "    kind: 計画"),
            E("KY062", Plan, 35, 11)),
        C("yaml/not-a-mapping", "site.yaml holding only a list",
            w => w.Write(Site, "- sample\n"),
            E("KY060", Site, 1, 1)),
        C("plans/reserved-id", "a second plan named like a folder of the site (assets)",
            w => w.Replace(Site, "  - sample\n", "  - sample\n  - assets\n"),
            E("KY043", Site, 8, 5)),

        // ── Markdown ─────────────────────────────────────────────────────────────────
        C("markdown/no-front-matter", "a page without its title block",
            w => w.Write(MdJa, "## 計画\n\n本文\n"),
            E("KY063", MdJa, 1, 1)),
        C("markdown/unclosed-front-matter", "the closing --- of the title block deleted",
            w => w.ReplaceLine(MdJa, 5, ""),
            E("KY063", MdJa, 1, 1)),
        C("markdown/front-matter-yaml-error", "a second colon in the title",
            w => w.ReplaceLine(MdJa, 2, "title: このサイト: について"),
            E("KY060", MdJa, 2, 13)),
        C("markdown/front-matter-missing-title", "title misspelt as titel",
            w => w.ReplaceLine(MdJa, 2, "titel: このサイトについて"),
            E("KY061", MdJa, 2, 1)),
        C("markdown/front-matter-order", "order written in kanji",
            w => w.ReplaceLine(MdJa, 4, "order: 一"),
            E("KY063", MdJa, 4, 8)),
        C("markdown/javascript-link", "a javascript: link",
            w => w.Replace(MdJa, "(/projects/)", "(javascript:alert(1))"),
            E("KY064", MdJa, 8, 13)),
        C("markdown/bad-file-name", "a page saved as \"About Us.md\"",
            w =>
            {
                File.Move(w.Full(MdJa), w.Full("input/ja/About Us.md"));
            },
            E("KY038", "input/ja/About Us.md"), W("KY065", MdEn)),
        new("markdown/missing-translation", "the English page deleted (a warning: the site still builds)",
            w => w.Delete(MdEn), [W("KY065", MdJa)]),
        C("markdown/reserved-name", "a page named projects.md, which would replace the project list",
            w =>
            {
                w.Write("input/ja/projects.md", "---\ntitle: 事業\n---\n本文\n");
                w.Write("input/en/projects.md", "---\ntitle: Projects\n---\nText\n");
            },
            E("KY043", "input/en/projects.md"), E("KY043", "input/ja/projects.md")),

        // ── Everything at once ───────────────────────────────────────────────────────
        C("many/all-errors-in-one-run", "five different mistakes in five files",
            w =>
            {
                w.ReplaceLine(Site, 5, "\tsite_url: https://example.org/sample");
                w.Reencode(So, Workspace.ShiftJis, bom: false);
                w.AppendLine(Pr, "p002,,");
                w.Write(MdJa, "## 計画\n");
                w.SetCell(Py, 3, "year", "令和2年度");
            },
            E("KY060", Site, 5, 1), E("KY002", So, 2), E("KY050", Pr, 5, 1), E("KY063", MdJa, 1, 1), E("KY035", Py, 3, 2)),
    ];

    public static CorpusCase Get(string name) => All.Single(c => c.Name == name);

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var c in All) data.Add(c.Name);
        return data;
    }

    private static string ReplaceNth(string text, string what, int n, string replacement)
    {
        var at = -1;
        for (var i = 0; i < n; i++) at = text.IndexOf(what, at + 1, StringComparison.Ordinal);
        return text[..at] + replacement + text[(at + what.Length)..];
    }
}
