using System.Globalization;
using System.Text;
using Kyodo.Model;
using Kyodo.Schema;

namespace Kyodo.Publishing;

/// <summary>
/// The README.md of a plan's data folder and zip, in Japanese and English: what each file is, the licence
/// and credit line, how to cite, the format rules and the data format version.
/// </summary>
public static class ReadmeWriter
{
    public static string Write(DatasetInfo info, string version, IReadOnlyList<PublishedTable> tables, IReadOnlyList<string> schemaFiles)
    {
        var en = Language.En;
        var sb = new StringBuilder();
        void Line(string text = "") => sb.Append(text).Append('\n');
        // A credit line to copy, in Japanese then English.
        void TextBlock(LocalizedText text) => Fenced(sb, text.Ja, text.In(en));

        Line($"# {Md(info.Title.Ja)} / {Md(info.Title.In(en))}");
        Line();
        Line(Md(info.Description.Ja));
        Line();
        Line(Md(info.Description.In(en)));
        Line();
        Line($"- データ形式のバージョン / Data format version: `{SchemaVersion.Current}`");
        Line($"- パッケージのバージョン / Package version: `{version}`");
        Line($"- 収録範囲 / Coverage: {Md(info.EditionLabel.Ja)} / {Md(info.EditionLabel.In(en))}");
        Line($"- 計画期間 / Plan period: {info.FirstYear}–{info.LastYear} (fiscal years / 年度)");
        Line($"- ウェブサイト / Website: {info.LandingUrl}");
        Line();

        Line("## ライセンス / Licence");
        Line();
        Line(Licence.Summary.Ja);
        Line($"規約：{Licence.UrlJa}");
        Line();
        Line(Licence.Summary.In(en));
        Line($"Licence: {Licence.UrlEn} (CC BY 4.0: {Licence.CcBy})");
        Line();
        Line("出典の記載例 / Credit line:");
        Line();
        TextBlock(Licence.Attribution(info.Publisher, info.Title, info.LandingUrl));
        Line();
        Line("加工して使う場合はそのことも記載してください / If you edit or combine the data, say so:");
        Line();
        TextBlock(Licence.ModifiedAttribution(info.Publisher, info.Title, info.LandingUrl));
        Line();
        Line(Licence.Translations.Ja + " " + Licence.Translations.In(en));
        Line();

        Line("## 引用の仕方 / How to cite");
        Line();
        var citation = Citation.Dataset(info, version);
        Fenced(sb, citation.Ja, citation.In(en));
        Line();
        Line("参照日を書き入れてください。個々の事業・指標の引用例は、そのページにあります。 / Fill in the date you accessed the data. Each project and indicator page shows how to cite that page.");
        Line();

        Line("## ファイル / Files");
        Line();
        Line("| file | 内容 | contents | rows |");
        Line("| --- | --- | --- | ---: |");
        Line("| `README.md` | このファイル | this file | |");
        Line("| `datapackage.json` | Frictionless Data Package（各 CSV の列・型・単位・キー） | Frictionless Data Package: fields, types, units and keys of every CSV | |");
        Line("| `plan.yaml` | 計画の設定（評価の段階・区分・各年度の文書） | the plan's configuration: rating scale, categories, editions | |");
        foreach (var t in tables)
        {
            var spec = t.Data.Spec;
            var note = t.Derived ? "（算出）" : "";
            var noteEn = t.Derived ? " (derived)" : "";
            Line($"| `{info.Layout.Relative(t.CsvPath)}` | {spec.Title.Ja}{note} | {spec.Title.En}{noteEn} | {t.Data.Rows.Count.ToString(CultureInfo.InvariantCulture)} |");
        }
        Line("| `*.json` | 各表の JSON 版（数値は数値、リストは配列、欠損は null） | each table as JSON: numbers as numbers, lists as arrays, missing as null | |");
        Line($"| `{DataLayout.ExcelFolder}*.csv` | Excel で開くための複製（BOM 付き UTF-8、数式対策あり） | copies for Excel (UTF-8 with BOM, formula-safe) | |");
        foreach (var file in schemaFiles) Line($"| `{file}` | JSON Schema 2020-12 | JSON Schema 2020-12 | |");
        Line();

        Line("## 形式 / Format");
        Line();
        Line("- CSV は UTF-8（BOM なし）、RFC 4180、改行 CRLF、1行目が列名です。列の意味・型・単位は `datapackage.json` とコードブックにあります。 / CSV files are UTF-8 without BOM, RFC 4180, CRLF line ends, with a header row. Field meanings, types and units are in `datapackage.json` and the codebook.");
        Line("- 空欄は「値がない」ことを表し、ゼロではありません。理由は `status` などの列にあります。 / An empty cell means missing, never zero; where a value can be missing, a `status` column says why.");
        Line("- 複数の値は `;` で区切ります（`sdg_goals`: `11;17`）。 / Lists are separated by `;` (`sdg_goals`: `11;17`).");
        Line("- 年度は西暦の年度（4月〜翌年3月）です。 / Years are fiscal years (April to March) in the Western calendar.");
        Line("- 日本語と英語は `_ja` と `_en` の列に分けています。英語は非公式訳です。 / Japanese and English are in separate `_ja` and `_en` columns; the English is an unofficial translation.");
        Line($"- `{DataLayout.ExcelFolder}` の複製は、先頭が `=` `+` `-` `@`（とタブ・CR）の文字列のセルの前に `'` を付けています（表計算ソフトが数式として実行しないため）。元の値は BOM なしの CSV と JSON にあります。 / In the copies under `{DataLayout.ExcelFolder}`, a text cell starting with `=`, `+`, `-` or `@` (or a tab or CR) gets a leading `'` so that spreadsheets do not run it as a formula. The exact values are in the CSV files without BOM and the JSON files.");
        Line("- CSV をこのフォルダに置いたまま Kyodo で読み込むと、同じデータが再現されます（`projects.csv` などの入力の表）。 / Loaded back with Kyodo, the input tables of this folder reproduce the same data.");
        return sb.ToString();
    }

    /// <summary>
    /// A text of the data (a plan's name, a publisher) as Markdown that shows it and nothing else: HTML and
    /// Markdown's marks are escaped with a backslash, as CommonMark allows for any ASCII punctuation, and a line
    /// break (which could start a heading or a list) becomes a space. A name like <c>"&gt;&lt;img …&gt;</c>
    /// then reads as text on any renderer instead of becoming an element.
    /// </summary>
    public static string Md(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '&' or '|' or '~' or '#') sb.Append('\\').Append(c);
            else if (c is '\r' or '\n') sb.Append(' ');
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Lines to copy, in a fenced block whose fence is longer than any run of backticks inside, so none closes it.</summary>
    private static void Fenced(StringBuilder sb, params string[] lines)
    {
        var longest = 0;
        foreach (var line in lines)
        {
            var run = 0;
            foreach (var c in line)
            {
                run = c == '`' ? run + 1 : 0;
                longest = Math.Max(longest, run);
            }
        }
        var fence = new string('`', Math.Max(3, longest + 1));
        sb.Append(fence).Append("text\n");
        foreach (var line in lines) sb.Append(line.Replace('\r', ' ')).Append('\n');
        sb.Append(fence).Append('\n');
    }
}
