namespace Kyodo.Diagnostics;

/// <summary>
/// Every message the tool gives about input, in Japanese and English, each with how to fix it.
/// Written for the city clerk who maintains the data, not for programmers.
/// </summary>
public static class Messages
{
    private static Diagnostic Error(string code, SourceLocation at, string ja, string en, string fixJa, string fixEn) =>
        new(Severity.Error, code, at, ja, en, fixJa, fixEn);

    private static Diagnostic Warning(string code, SourceLocation at, string ja, string en, string fixJa, string fixEn) =>
        new(Severity.Warning, code, at, ja, en, fixJa, fixEn);

    // Encoding and file level.
    public static Diagnostic Utf16(SourceLocation at) => Error("KY001", at,
        "ファイルが UTF-16 で保存されています。",
        "The file is saved as UTF-16.",
        "Excel では「名前を付けて保存」で「CSV UTF-8（コンマ区切り）」を選んで保存し直してください。",
        "Save it again as \"CSV UTF-8 (Comma delimited)\" (in Excel: Save As).");

    public static Diagnostic ShiftJis(SourceLocation at) => Error("KY002", at,
        "ファイルが Shift_JIS で保存されているようです（UTF-8 ではありません）。このままでは文字化けします。",
        "The file appears to be saved as Shift_JIS, not UTF-8; its Japanese text would be garbled.",
        "Excel では「名前を付けて保存」で「CSV UTF-8（コンマ区切り）」を選んで保存し直してください。",
        "Save it again as \"CSV UTF-8 (Comma delimited)\" (in Excel: Save As).");

    public static Diagnostic NotUtf8(SourceLocation at, int byteOffset) => Error("KY003", at,
        $"UTF-8 として読めないバイトがあります（先頭から {byteOffset} バイト目）。",
        $"The file is not valid UTF-8 (invalid byte at offset {byteOffset}).",
        "文字コードを UTF-8 にして保存し直してください。",
        "Save the file with UTF-8 encoding.");

    public static Diagnostic ControlCharacter(SourceLocation at, string name) => Error("KY004", at,
        $"制御文字（{name}）が含まれています。",
        $"The file contains a control character ({name}).",
        "その文字を削除してください。別の形式のファイルを保存していないか確認してください。",
        "Delete the character; check that the file is really a text file.");

    public static Diagnostic EmptyFile(SourceLocation at) => Error("KY005", at,
        "ファイルが空です。",
        "The file is empty.",
        "1行目に見出し（列名）を書いてください。データがない表でも見出しは必要です。",
        "Write the header row (column names) on line 1; a table without data still needs its header.");

    public static Diagnostic FileMissing(SourceLocation at) => Error("KY006", at,
        "必要なファイルがありません。",
        "A required file is missing.",
        "このファイルを作成してください（kyodo new で作る雛形を参考にできます）。",
        "Create the file (the template written by `kyodo new` shows its columns).");

    public static Diagnostic FileTooLarge(SourceLocation at, long bytes, long limit) => Error("KY007", at,
        $"ファイルが大きすぎます（{bytes:N0} バイト。上限 {limit:N0} バイト）。",
        $"The file is too large ({bytes:N0} bytes; the limit is {limit:N0}).",
        "誤って別のファイルを保存していないか確認してください。本当に必要なら表を分けてください。",
        "Check that the right file was saved; split the table if it really is this large.");

    public static Diagnostic CsvAndExcel(SourceLocation at, string csv, string xlsx) => Error("KY009", at,
        $"同じ表が {csv} と {xlsx} の両方にあります。どちらを使うか決められません。",
        $"The same table exists as both {csv} and {xlsx}; it is not clear which one to use.",
        "使う方を残し、もう一方を削除するか別のフォルダに移してください。",
        "Keep the one in use and delete the other (or move it out of the data folder).");

    // Excel workbooks.
    public static Diagnostic ExcelUnreadable(SourceLocation at, string detail) => Error("KY014", at,
        $"Excel ファイルを読めません：{detail}",
        $"The Excel file cannot be read: {detail}",
        "Excel で開けることを確認し、パスワードを外して「Excel ブック（*.xlsx）」として保存し直してください。",
        "Check that it opens in Excel, remove any password, and save it again as an Excel Workbook (*.xlsx).");

    public static Diagnostic ExcelCellOutsideTable(SourceLocation at, string value) => Error("KY015", at,
        $"見出しのない列に値「{value}」があります。",
        $"There is a value \"{value}\" in a column without a header.",
        "1行目にその列の見出しを書くか、値を削除してください。",
        "Write the column's name in row 1, or delete the value.");

    // CSV syntax.
    public static Diagnostic UnterminatedQuote(SourceLocation at) => Error("KY010", at,
        "ここで始まる「\"」が閉じられていません。",
        "The quote (\") that starts here is never closed.",
        "セルの最後に「\"」を補ってください。セルの中の「\"」は「\"\"」と2つ重ねて書きます。",
        "Add the closing quote at the end of the cell; write a quote inside a cell as two quotes (\"\").");

    public static Diagnostic TextAfterQuote(SourceLocation at) => Error("KY011", at,
        "「\"」で閉じたセルの後に文字があります。",
        "There is text after the closing quote of a cell.",
        "セル全体を「\"」で囲み、中の「\"」は「\"\"」と書いてください。",
        "Quote the whole cell and write any quote inside it as two quotes (\"\").");

    public static Diagnostic StrayQuote(SourceLocation at) => Error("KY012", at,
        "「\"」で囲まれていないセルの中に「\"」があります。",
        "A quote (\") appears inside a cell that is not quoted.",
        "セル全体を「\"」で囲み、中の「\"」は「\"\"」と書いてください。",
        "Quote the whole cell and write the quote inside it as two quotes (\"\").");

    public static Diagnostic RaggedRow(SourceLocation at, int found, int expected) => Error("KY013", at,
        $"この行のセルの数（{found}）が見出しの列数（{expected}）と違います。",
        $"This row has {found} cells but the header has {expected} columns.",
        "区切りのカンマの数を見出しに合わせてください。文章にカンマを含むセルは「\"」で囲みます。",
        "Make the number of commas match the header; quote any cell whose text contains a comma.");

    // Columns.
    public static Diagnostic MissingColumn(SourceLocation at, string column) => Error("KY020", at,
        $"必須の列「{column}」がありません。",
        $"The required column \"{column}\" is missing.",
        $"1行目に列「{column}」を追加してください。列名の綴りも確認してください。",
        $"Add the column \"{column}\" to the header row; check the spelling of the column names.");

    public static Diagnostic UnknownColumn(SourceLocation at, string column, string? suggestion) => Error("KY021", at,
        $"列「{column}」はこの表にはない列です。" + (suggestion is null ? "" : $"「{suggestion}」の誤りではありませんか。"),
        $"The column \"{column}\" is not part of this table." + (suggestion is null ? "" : $" Did you mean \"{suggestion}\"?"),
        "列名を正しく直すか、不要な列を削除してください（docs/data-format.md に列の一覧があります）。",
        "Correct the column name or delete the column (docs/data-format.md lists the columns).");

    public static Diagnostic DuplicateColumn(SourceLocation at, string column) => Error("KY022", at,
        $"列「{column}」が2回あります。",
        $"The column \"{column}\" appears twice.",
        "どちらか一方を削除してください。",
        "Delete one of the two columns.");

    // Cell values.
    public static Diagnostic RequiredValue(SourceLocation at, string column) => Error("KY030", at,
        $"「{column}」が空欄です。この列は必ず入力します。",
        $"\"{column}\" is empty; this column is required.",
        "値を入力してください。値が不明な場合は、その理由を状態（status）の列に書ける表を使います。",
        "Enter a value. Where a value is unknown, the table's status column records why.");

    public static Diagnostic NotANumber(SourceLocation at, string column, string value) => Error("KY031", at,
        $"「{column}」の値「{value}」は数値ではありません。",
        $"\"{column}\" must be a number but is \"{value}\".",
        "数字だけを半角で書いてください（桁区切りのカンマや単位は付けません。例：1901）。",
        "Write digits only (no thousands separators or units), e.g. 1901.");

    public static Diagnostic NumberWithSeparators(SourceLocation at, string column, string value, string fixedValue) => Error("KY032", at,
        $"「{column}」の値「{value}」に桁区切りや単位が付いています。",
        $"\"{column}\" contains separators or a unit: \"{value}\".",
        $"「{fixedValue}」のように数字だけを書いてください。単位は単位の列に書きます。",
        $"Write only the number, \"{fixedValue}\"; the unit belongs in the unit column.");

    public static Diagnostic FullWidthDigits(SourceLocation at, string column, string value, string fixedValue) => Error("KY033", at,
        $"「{column}」の値「{value}」に全角の数字や空白が含まれています。",
        $"\"{column}\" contains full-width digits or spaces: \"{value}\".",
        $"半角で「{fixedValue}」と書いてください。",
        $"Write it in half-width characters: \"{fixedValue}\".");

    public static Diagnostic NotAnInteger(SourceLocation at, string column, string value) => Error("KY034", at,
        $"「{column}」の値「{value}」は整数ではありません。",
        $"\"{column}\" must be a whole number but is \"{value}\".",
        "半角の整数で書いてください。",
        "Write a whole number in half-width digits.");

    public static Diagnostic BadYear(SourceLocation at, string column, string value, string? seireki) => Error("KY035", at,
        $"「{column}」の値「{value}」は年度として読めません。" + (seireki is null ? "" : $"西暦では {seireki} 年度です。"),
        $"\"{column}\" is not a valid fiscal year: \"{value}\"." + (seireki is null ? "" : $" In the Western calendar that is {seireki}."),
        "年度は西暦の4桁で書いてください（例：令和2年度は 2020）。",
        "Write fiscal years as four Western-calendar digits (令和2年度 is 2020).");

    public static Diagnostic YearOutOfRange(SourceLocation at, string column, int year, int min, int max) => Error("KY036", at,
        $"「{column}」の年度 {year} は範囲（{min}〜{max}）の外です。",
        $"\"{column}\" year {year} is outside the allowed range {min}–{max}.",
        "年度を確認してください。計画期間は plan.yaml の period に書かれています。",
        "Check the year; the plan period is set in plan.yaml (period).");

    public static Diagnostic NotInList(SourceLocation at, string column, string value, IEnumerable<string> allowed) => Error("KY037", at,
        $"「{column}」の値「{value}」は使えません。使える値：{string.Join("、", allowed)}",
        $"\"{column}\" cannot be \"{value}\". Allowed: {string.Join(", ", allowed)}",
        "一覧の中の値を、大文字・小文字も同じに書いてください。",
        "Use one of the listed values, spelled exactly (lower case).");

    public static Diagnostic BadId(SourceLocation at, string column, string value) => Error("KY038", at,
        $"「{column}」の ID「{value}」は形式が正しくありません。",
        $"\"{column}\" is not a valid ID: \"{value}\".",
        "ID は半角の英小文字・数字・ハイフンだけで、英数字で始めます（例：p001、shimin-npo）。",
        "IDs use lowercase ASCII letters, digits and hyphens and start with a letter or digit (p001, shimin-npo).");

    public static Diagnostic BadBoolean(SourceLocation at, string column, string value) => Error("KY039", at,
        $"「{column}」の値「{value}」は true / false ではありません。",
        $"\"{column}\" must be true or false but is \"{value}\".",
        "true か false を書いてください。",
        "Write true or false.");

    public static Diagnostic BadSdgTarget(SourceLocation at, string column, string value) => Error("KY040", at,
        $"「{column}」の値「{value}」は SDGs のターゲット番号として読めません。",
        $"\"{column}\" is not an SDG target code: \"{value}\".",
        "「17.14」「3.a」のように ゴール番号.ターゲット番号 で書き、複数は「;」で区切ります。",
        "Write goal.target (17.14, 3.a); separate several with \";\".");

    public static Diagnostic BadSource(SourceLocation at, string value) => Error("KY041", at,
        $"出典「{value}」の文書 ID が sources.csv にありません。",
        $"The source \"{value}\" names a document that is not in sources.csv.",
        "「文書ID#節」の形で、sources.csv にある文書 ID を書いてください（例：city-2020-report#施策4）。",
        "Write \"document-id#section\" with a document ID from sources.csv (city-2020-report#施策4).");

    public static Diagnostic UnsafeText(SourceLocation at, string column, string what) => Error("KY042", at,
        $"「{column}」に使えない文字（{what}）が含まれています。",
        $"\"{column}\" contains a character that is not allowed ({what}).",
        "Word などから貼り付けた制御文字を削除してください。",
        "Delete the control character (often pasted from a word processor).");

    // Identity and references.
    public static Diagnostic DuplicateKey(SourceLocation at, string key, int firstLine) => Error("KY050", at,
        $"「{key}」は {firstLine} 行目と重複しています。",
        $"\"{key}\" duplicates line {firstLine}.",
        "同じ ID（または同じ組み合わせ）の行は1つにしてください。",
        "Keep one row per ID (or per key combination).");

    public static Diagnostic DanglingReference(SourceLocation at, string column, string value, string table, string? suggestion) => Error("KY051", at,
        $"「{column}」の「{value}」が {table} にありません。" + (suggestion is null ? "" : $"「{suggestion}」の誤りではありませんか。"),
        $"\"{column}\" refers to \"{value}\", which is not in {table}." + (suggestion is null ? "" : $" Did you mean \"{suggestion}\"?"),
        $"{table} にある ID を書くか、{table} に行を追加してください。",
        $"Use an ID listed in {table}, or add the row to {table}.");

    public static Diagnostic ProjectWithoutYear(SourceLocation at, string id) => Error("KY052", at,
        $"事業「{id}」はどの年度にも載っていません。",
        $"Project \"{id}\" does not appear in any year.",
        "project_years.csv に行を追加するか、lineage.csv に完了などの記録を書いてください。",
        "Add its row to project_years.csv, or record its completion in lineage.csv.");

    public static Diagnostic LineageCycle(SourceLocation at, string path) => Error("KY053", at,
        $"事業の変遷が循環しています：{path}",
        $"The lineage events form a cycle: {path}",
        "変更前と変更後の ID を確認してください。事業は自分の後継にはなれません。",
        "Check from_id and to_id; a project cannot succeed itself.");

    public static Diagnostic NotAnEdition(SourceLocation at, string column, int year) => Error("KY054", at,
        $"「{column}」の {year} 年度は plan.yaml の editions にありません。",
        $"\"{column}\" {year} is not an edition listed in plan.yaml.",
        "plan.yaml の editions に年度を追加するか、年度を直してください。",
        "Add the year to plan.yaml's editions, or correct the year.");

    public static Diagnostic RatingOutOfScale(SourceLocation at, string column, string value, string scale) => Error("KY055", at,
        $"「{column}」の「{value}」は評価の尺度（{scale}）にありません。",
        $"\"{column}\" \"{value}\" is not on the rating scale ({scale}).",
        "plan.yaml で定めた評価のコードを書いてください。",
        "Use one of the rating codes declared in plan.yaml.");

    public static Diagnostic Inconsistent(SourceLocation at, string ja, string en, string fixJa, string fixEn) =>
        Error("KY056", at, ja, en, fixJa, fixEn);

    public static Diagnostic ValueStatusMismatch(SourceLocation at, string status) => Error("KY057", at,
        $"値があるのに状態が「{status}」になっています（または値がないのに reported です）。",
        $"The value and its status disagree (status \"{status}\").",
        "値がある行は status を reported に、値がない行は not_surveyed などの理由にしてください。",
        "Rows with a value have status reported; rows without one give the reason (not_surveyed, …).");

    // YAML and Markdown.
    public static Diagnostic YamlSyntax(SourceLocation at, string detail) => Error("KY060", at,
        $"YAML の書き方に誤りがあります：{detail}",
        $"YAML syntax error: {detail}",
        "字下げ（半角スペース）と「:」の後の空白を確認してください。タブは使えません。",
        "Check the indentation (spaces, not tabs) and the space after each colon.");

    public static Diagnostic YamlMissingKey(SourceLocation at, string key) => Error("KY061", at,
        $"必須の項目「{key}」がありません。",
        $"The required key \"{key}\" is missing.",
        $"「{key}:」を追加してください。",
        $"Add \"{key}:\".");

    public static Diagnostic YamlBadValue(SourceLocation at, string key, string detail) => Error("KY062", at,
        $"項目「{key}」の値が正しくありません：{detail}",
        $"The value of \"{key}\" is not valid: {detail}",
        "docs/data-format.md の説明に合わせて直してください。",
        "Correct it as described in docs/data-format.md.");

    public static Diagnostic FrontMatter(SourceLocation at, string detail) => Error("KY063", at,
        $"Markdown の先頭の設定（front matter）に誤りがあります：{detail}",
        $"The Markdown front matter is not valid: {detail}",
        "ファイルの先頭を「---」の行で始め、「title: 題名」を書き、「---」の行で閉じてください。",
        "Start the file with a line \"---\", then \"title: ...\", then close it with \"---\".");

    public static Diagnostic UnsafeLink(SourceLocation at, string url) => Error("KY064", at,
        $"リンク先「{url}」は使えません（http、https、mailto と相対パスのみ）。",
        $"The link \"{url}\" is not allowed (only http, https, mailto and relative links).",
        "リンク先を直してください。",
        "Correct the link.");

    public static Diagnostic MissingTranslationPage(SourceLocation at, string other) => Warning("KY065", at,
        $"対応する {other} のページがありません。",
        $"There is no matching {other} page.",
        "同じファイル名のページをもう一方の言語のフォルダに作ってください。",
        "Create the page with the same file name in the other language's folder.");

    public static Diagnostic OutputInsideInput(SourceLocation at) => Error("KY008", at,
        "出力先が data/・input/・theme/ の中（またはその逆）になっています。ビルドは入力を書き換えません。",
        "The output folder is inside data/, input/ or theme/ (or contains data/); a build never writes into its input.",
        "--out に別のフォルダ（既定は _site）を指定してください。",
        "Choose another folder with --out (the default is _site).");

    public static Diagnostic BrokenLink(SourceLocation at, string href) => Error("KY080", at,
        $"リンク先「{href}」が存在しません。",
        $"The link \"{href}\" points to a page or file that does not exist.",
        "データの ID やページの名前を確認してください。",
        "Check the IDs in the data and the page names.");

    // Search index (Node tools).
    public static Diagnostic NodeToolsUnavailable(SourceLocation at, string detail) => Error("KY090", at,
        $"検索の索引を作るためのツール（Node.js の npm パッケージ）を用意できませんでした：{detail}",
        $"The tools that build the search index (npm packages, run with Node.js) could not be installed: {detail}",
        "Node.js 20 と npm を入れてから、もう一度ビルドしてください。検索なしで確認するだけなら --no-search を付けてください。",
        "Install Node.js 20 with npm and build again; for a quick preview without search, add --no-search.");

    public static Diagnostic SearchIndexFailed(SourceLocation at, string detail) => Error("KY091", at,
        $"検索の索引（Pagefind）を作れませんでした：{detail}",
        $"The search index (Pagefind) could not be built: {detail}",
        "表示されたメッセージを確認してください。node_modules を削除してもう一度ビルドすると直ることがあります。",
        "Read the message above; deleting node_modules and building again often fixes it.");

    // Published URLs.
    public static Diagnostic UrlVanished(SourceLocation at, string url) => Error("KY070", at,
        $"公開済みの URL「{url}」がこのビルドでなくなります。",
        $"The published URL \"{url}\" would no longer exist after this build.",
        "事業を削除せず、lineage.csv で後継の事業を示してください（旧 URL は後継への案内ページになります）。意図した削除なら published-urls.txt からも削除してください。",
        "Do not delete the project: record its successor in lineage.csv (the old URL becomes a page leading to it). If the removal is intended, delete the URL from published-urls.txt too.");

    // Chart bundle.
    public static Diagnostic ChartBundleMissing(SourceLocation at, string detail) => Error("KY095", at,
        $"グラフの表示に使う plotly.js を用意できませんでした（{detail}）。",
        $"plotly.js, which draws the interactive charts, could not be prepared ({detail}).",
        "インターネット（npm のレジストリ）に接続できることを確認し、リポジトリの最上位で npm install を実行してから、もう一度ビルドしてください。",
        "Check that the npm registry can be reached, run npm install at the top of the repository, and build again.");
}
