namespace Kyodo.Diagnostics;

/// <summary>
/// Every message the tool gives about input, in Japanese and English, each with how to fix it.
/// Written for the city clerk who maintains the data, not for programmers.
/// </summary>
public static partial class Messages
{
    private static Diagnostic Error(string code, SourceLocation at, string ja, string en, string fixJa, string fixEn) =>
        new(Severity.Error, code, at, ja, en, fixJa, fixEn);

    private static Diagnostic Warning(string code, SourceLocation at, string ja, string en, string fixJa, string fixEn) =>
        new(Severity.Warning, code, at, ja, en, fixJa, fixEn);

    private static bool IsTable(SourceLocation at) => at.File.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>How to re-save a file as UTF-8: through Excel for a table, through a text editor otherwise.</summary>
    private static (string Ja, string En) SaveAsUtf8(SourceLocation at) => IsTable(at)
        ? ("Excel で開き、「名前を付けて保存」でファイルの種類「CSV UTF-8（コンマ区切り）」を選んで保存し直してください。",
           "Open it in Excel and use Save As with the file type \"CSV UTF-8 (Comma delimited)\".")
        : ("メモ帳などのテキストエディタで開き、文字コード「UTF-8」を選んで保存し直してください。",
           "Open it in a text editor and save it again with the encoding \"UTF-8\".");

    // Encoding and file level.
    public static Diagnostic Utf16(SourceLocation at)
    {
        var (fixJa, fixEn) = SaveAsUtf8(at);
        return Error("KY001", at,
            "ファイルが UTF-16（Excel の「Unicode テキスト」など）で保存されています。読めるのは UTF-8 のファイルだけです。",
            "The file is saved as UTF-16 (for example Excel's \"Unicode Text\"); only UTF-8 files can be read.",
            fixJa, fixEn);
    }

    public static Diagnostic ShiftJis(SourceLocation at)
    {
        var (fixJa, fixEn) = SaveAsUtf8(at);
        return Error("KY002", at,
            "ファイルが Shift_JIS（Excel の「CSV（コンマ区切り）」の文字コード）で保存されています。このままでは日本語が文字化けします。",
            "The file is saved as Shift_JIS (the encoding of Excel's plain \"CSV (Comma delimited)\"), so its Japanese text would be garbled.",
            fixJa, fixEn);
    }

    /// <summary>Bytes that are not UTF-8 in an otherwise UTF-8 file; <paramref name="looksShiftJis"/> when the line reads as Shift_JIS.</summary>
    public static Diagnostic NotUtf8(SourceLocation at, bool looksShiftJis) => looksShiftJis
        ? Error("KY003", at,
            "この行に Shift_JIS の文字が混ざっています（ファイルの他の部分は UTF-8 です）。別のファイルから貼り付けた行ではありませんか。",
            "This line holds Shift_JIS text while the rest of the file is UTF-8 (was it pasted from another file?).",
            "この行の文字を入力し直すか、UTF-8 で保存したファイルから貼り付け直してください。",
            "Type the line again, or paste it again from a file saved as UTF-8.")
        : Error("KY003", at,
            "ここに UTF-8 として読めない文字があります（別の文字コードで書かれた文字が混ざっています）。",
            "The text here is not valid UTF-8 (a character from another encoding).",
            "その文字を入力し直し、ファイルを UTF-8 で保存してください。",
            "Type the character again and save the file as UTF-8.");

    public static Diagnostic NotUtf8(SourceLocation at, int byteOffset) => NotUtf8(at, looksShiftJis: false);

    public static Diagnostic ControlCharacter(SourceLocation at, string name) => Error("KY004", at,
        $"制御文字（{name}）が含まれています。",
        $"The file contains a control character ({name}).",
        "その文字を削除してください。別の形式のファイルを保存していないか確認してください。",
        "Delete the character; check that the file is really a text file.");

    public static Diagnostic EmptyFile(SourceLocation at)
    {
        if (IsTable(at))
        {
            return Error("KY005", at, "ファイルが空です。", "The file is empty.",
                "1行目に見出し（列名）を書いてください。データがない表でも見出しは必要です。",
                "Write the header row (column names) on line 1; a table without data still needs its header.");
        }
        if (at.File.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return Error("KY005", at, "ファイルが空です。", "The file is empty.",
                "先頭に「---」「title: 題名」「---」の3行を書き、その後に本文を書いてください。",
                "Start with the three lines \"---\", \"title: ...\" and \"---\", then write the text.");
        }
        return Error("KY005", at, "ファイルが空です。", "The file is empty.",
            "設定を「項目: 値」の形で書いてください（項目は docs/data-format.md にあります）。",
            "Write the settings as \"key: value\" lines (docs/data-format.md lists them).");
    }

    public static Diagnostic FileMissing(SourceLocation at) => Error("KY006", at,
        "必要なファイルがありません。",
        "A required file is missing.",
        "このファイルを作成してください（kyodo new で作る雛形を参考にできます）。",
        "Create the file (the template written by `kyodo new` shows its columns).");

    public static Diagnostic FileTooLarge(SourceLocation at, long bytes, long limit) => Error("KY007", at,
        $"ファイルが大きすぎます（{Megabytes(bytes)}。上限は {Megabytes(limit)}）。",
        $"The file is too large ({Megabytes(bytes)}; the limit is {Megabytes(limit)}).",
        "誤って別のファイルを保存していないか確認してください。本当に必要なら表を分けてください。",
        "Check that the right file was saved; split the table if it really is this large.");

    private static string Megabytes(long bytes) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB");

    /// <summary>A binary file where text was expected: an Excel workbook renamed to .csv, a PDF, an image.</summary>
    public static Diagnostic NotText(SourceLocation at, string kindJa, string kindEn) => Error("KY016", at,
        $"このファイルはテキストではなく、{kindJa}です。",
        $"This file is not text but {kindEn}.",
        IsTable(at)
            ? "Excel で開き、「名前を付けて保存」で「CSV UTF-8（コンマ区切り）」を選んで保存してください。ファイル名を .csv に変えるだけでは CSV になりません。"
            : "テキストエディタで作り直し、UTF-8 で保存してください。",
        IsTable(at)
            ? "Open it in Excel and use Save As with \"CSV UTF-8 (Comma delimited)\"; renaming a workbook to .csv does not make it a CSV file."
            : "Write it again in a text editor and save it as UTF-8.");

    public static Diagnostic CsvAndExcel(SourceLocation at, string csv, string xlsx) => Error("KY009", at,
        $"同じ表が {csv} と {xlsx} の両方にあります。どちらを使うか決められません。",
        $"The same table exists as both {csv} and {xlsx}; it is not clear which one to use.",
        "使う方を残し、もう一方を削除するか別のフォルダに移してください。",
        "Keep the one in use and delete the other (or move it out of the data folder).");

    // Excel workbooks.
    /// <summary>
    /// A workbook that cannot be opened: the cause in each language (<paramref name="causeJa"/>), and the
    /// library's own English text as a detail of the English message only.
    /// </summary>
    public static Diagnostic ExcelUnreadable(SourceLocation at, string causeJa, string causeEn, string detail) => Error("KY014", at,
        $"Excel ファイルを読めません：{causeJa}。",
        $"The Excel file cannot be read: {causeEn}. (Detail: {detail})",
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

    /// <summary>
    /// A header cell that names no column of the table. With <paramref name="suggestion"/> it is most likely that
    /// column mistyped (and the column's own "missing" error is not given); <paramref name="invisible"/> names
    /// invisible characters (zero-width space, no-break space) pasted into the name.
    /// </summary>
    public static Diagnostic UnknownColumn(SourceLocation at, string column, string? suggestion, string? invisible = null)
    {
        var ja = invisible is null ? "" : $"列名に見えない文字（{invisible}）が含まれています。";
        var en = invisible is null ? "" : $"The column name contains an invisible character ({invisible}). ";
        if (suggestion is not null)
        {
            return Error("KY021", at,
                ja + $"列名「{column}」は、この表の列「{suggestion}」のことではありませんか。",
                en + $"The column name \"{column}\" is not part of this table; did you mean \"{suggestion}\"?",
                $"1行目の列名を「{suggestion}」に直してください（列名は半角で、docs/data-format.md のとおりに書きます）。",
                $"Change the column name on line 1 to \"{suggestion}\" (column names are written exactly as in docs/data-format.md).");
        }
        return Error("KY021", at,
            ja + $"列「{column}」はこの表にはない列です。",
            en + $"The column \"{column}\" is not part of this table.",
            "列名を正しく直すか、不要な列を削除してください（使える列は docs/data-format.md にあります）。",
            "Correct the column name or delete the column (docs/data-format.md lists the columns).");
    }

    public static Diagnostic DuplicateColumn(SourceLocation at, string column) => Error("KY022", at,
        $"列「{column}」が2回あります。",
        $"The column \"{column}\" appears twice.",
        "どちらか一方を削除してください。",
        "Delete one of the two columns.");

    // Cell values.
    public static Diagnostic RequiredValue(SourceLocation at, string column) => Error("KY030", at,
        $"「{column}」が空欄です。この列は必ず入力します。",
        $"\"{column}\" is empty; this column is required.",
        "値を入力してください。",
        "Enter a value.");

    public static Diagnostic NotANumber(SourceLocation at, string column, string value) => Error("KY031", at,
        $"「{column}」の値「{value}」は数値ではありません。",
        $"\"{column}\" must be a number but is \"{value}\".",
        "数字だけを半角で書いてください（例：1901、67.6、-5）。桁区切りのカンマや単位は付けません。",
        "Write the number in half-width digits only (1901, 67.6, -5), without thousands separators or units.");

    public static Diagnostic NumberWithSeparators(SourceLocation at, string column, string value, string fixedValue)
    {
        // ▲5 and −5 are negative numbers written the way accounts and word processors write them.
        var negativeMark = fixedValue.StartsWith('-') && !value.TrimStart().StartsWith('-');
        return Error("KY032", at,
            negativeMark ? $"「{column}」の値「{value}」の負の記号は使えません。" : $"「{column}」の値「{value}」に桁区切りや単位が付いています。",
            negativeMark ? $"\"{column}\" writes a negative number with a sign that cannot be read: \"{value}\"." : $"\"{column}\" contains separators or a unit: \"{value}\".",
            negativeMark ? $"半角のマイナスで「{fixedValue}」と書いてください。" : $"「{fixedValue}」のように数字だけを書いてください。単位は単位の列に書きます。",
            negativeMark ? $"Write it with a half-width minus: \"{fixedValue}\"." : $"Write only the number, \"{fixedValue}\"; the unit belongs in the unit column.");
    }

    public static Diagnostic FullWidthDigits(SourceLocation at, string column, string value, string fixedValue) => Error("KY033", at,
        $"「{column}」の値「{value}」に全角の文字（数字・英字・空白）が含まれています。",
        $"\"{column}\" contains full-width characters (digits, letters or spaces): \"{value}\".",
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

    /// <summary>An ID or file name outside the pattern; <paramref name="fixedValue"/> when the half-width lower-case form is valid.</summary>
    public static Diagnostic BadId(SourceLocation at, string column, string value, string? fixedValue = null) =>
        value.Length > MaxIdLength ? Error("KY038", at,
            $"「{column}」の ID「{value}」は {value.Length} 文字あり、長すぎます。",
            $"\"{column}\" is not a valid ID: \"{value}\" is {value.Length} characters long.",
            $"ID は {MaxIdLength} 文字以内にしてください（半角の英小文字・数字・ハイフン、英数字で始めます）。",
            $"Shorten it to at most {MaxIdLength} characters (lowercase ASCII letters, digits and hyphens, starting with a letter or digit).")
        : fixedValue is null
        ? Error("KY038", at,
            $"「{column}」の ID「{value}」は形式が正しくありません。",
            $"\"{column}\" is not a valid ID: \"{value}\".",
            $"ID は半角の英小文字・数字・ハイフンだけで、英数字で始め、{MaxIdLength} 文字以内にします（例：p001、shimin-npo）。",
            $"IDs use lowercase ASCII letters, digits and hyphens, start with a letter or digit and are at most {MaxIdLength} characters (p001, shimin-npo).")
        : Error("KY038", at,
            $"「{column}」の ID「{value}」に大文字・全角文字・空白が含まれています。",
            $"\"{column}\" is not a valid ID: \"{value}\" has capitals, full-width characters or spaces.",
            $"半角の小文字で「{fixedValue}」と書いてください。",
            $"Write it in half-width lower case: \"{fixedValue}\".");

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

    /// <summary>A name the site cannot use as a folder: reserved by Windows, or taken by a section of the site.</summary>
    public static Diagnostic ReservedName(SourceLocation at, string whatJa, string whatEn, string value, bool windows) => Error("KY043", at,
        windows
            ? $"「{value}」は Windows で予約された名前（con、nul、com1 など）なので、{whatJa}には使えません。"
            : $"「{value}」はサイトのフォルダ名（/{value}/）と重なるので、{whatJa}には使えません。",
        windows
            ? $"\"{value}\" is a name Windows reserves (con, nul, com1 …), so it cannot be used as {whatEn}."
            : $"\"{value}\" is the name of a folder of the site (/{value}/), so it cannot be used as {whatEn}.",
        "別の名前にしてください。",
        "Choose another name.");

    // Identity and references.
    public static Diagnostic DuplicateKey(SourceLocation at, string key, int firstLine) => Error("KY050", at,
        $"「{key}」の行が2つあります（{firstLine}行目と同じです）。",
        $"There are two rows for \"{key}\" (the first is on line {firstLine}).",
        "同じ ID（または同じ組み合わせ）の行は1つにしてください。別の事業なら新しい ID を付けます。",
        "Keep one row per ID (or per key combination); give a different item a new ID.");

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
        "変更前（from_id）と変更後（to_id）を確認してください。事業は自分自身や自分の前身の後継にはなれません。",
        "Check from_id and to_id: a project cannot succeed itself or one of its own predecessors.");

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
    public static Diagnostic YamlSyntax(SourceLocation at, string detail) => YamlSyntax(at, detail, detail);

    public static Diagnostic YamlSyntax(SourceLocation at, string detailJa, string detailEn) => Error("KY060", at,
        $"設定ファイル（YAML）の書き方に誤りがあります：{detailJa}",
        $"The settings file (YAML) cannot be read: {detailEn}",
        "字下げ（半角スペース）と「:」の後の空白を確認してください。タブは使えません。「:」や「#」を含む値は全体を \"\" で囲みます。",
        "Check the indentation (spaces, not tabs) and the space after each colon; quote a value containing \":\" or \"#\" with \"\".");

    public static Diagnostic YamlMissingKey(SourceLocation at, string key) => Error("KY061", at,
        $"必須の項目「{key}」がありません。",
        $"The required key \"{key}\" is missing.",
        $"「{key}:」を追加してください。",
        $"Add \"{key}:\".");

    public static Diagnostic YamlBadValue(SourceLocation at, string key, string detail) => YamlBadValue(at, key, detail, detail);

    public static Diagnostic YamlBadValue(SourceLocation at, string key, string detailJa, string detailEn) => Error("KY062", at,
        $"項目「{key}」の値が正しくありません：{detailJa}",
        $"The value of \"{key}\" is not valid: {detailEn}",
        "docs/data-format.md の説明に合わせて直してください。",
        "Correct it as described in docs/data-format.md.");

    public static Diagnostic FrontMatter(SourceLocation at, string detail) => FrontMatter(at, detail, detail);

    public static Diagnostic FrontMatter(SourceLocation at, string detailJa, string detailEn) => Error("KY063", at,
        $"ページ先頭の設定（「---」で囲んだ部分）に誤りがあります：{detailJa}",
        $"The page's front matter (the part between the \"---\" lines) is not valid: {detailEn}",
        "ファイルの先頭を「---」の行で始め、「title: 題名」を書き、「---」の行で閉じてください。",
        "Start the file with a line \"---\", then \"title: ...\", then close it with \"---\".");

    public static Diagnostic UnsafeLink(SourceLocation at, string url) => Error("KY064", at,
        $"リンク先「{url}」は使えません（http、https、mailto と、サイト内のリンクだけが使えます）。",
        $"The link \"{url}\" is not allowed (only http, https, mailto and links within the site).",
        "リンク先を https:// で始まるアドレスか、サイト内のパス（/projects/ など）に直してください。",
        "Change it to an address starting with https:// or a path within the site (/projects/ …).");

    /// <summary>A content page without its twin: the site shows this page in both languages until it is translated.</summary>
    public static Diagnostic MissingTranslationPage(SourceLocation at, Model.Language missing) => Warning("KY065", at,
        missing == Model.Language.En
            ? "このページの英語版（input/en/ の同じ名前のファイル）がありません。英語のサイトには日本語のまま表示します。"
            : "このページの日本語版（input/ja/ の同じ名前のファイル）がありません。日本語のサイトには英語のまま表示します。",
        missing == Model.Language.En
            ? "This page has no English version (a file of the same name in input/en/); the English site shows it in Japanese."
            : "This page has no Japanese version (a file of the same name in input/ja/); the Japanese site shows it in English.",
        missing == Model.Language.En ? "input/en/ に同じファイル名で英語のページを作ってください。" : "input/ja/ に同じファイル名で日本語のページを作ってください。",
        missing == Model.Language.En ? "Create the English page with the same file name in input/en/." : "Create the Japanese page with the same file name in input/ja/.");

    public static Diagnostic PlanFolderMissing(SourceLocation at, string id) => Error("KY066", at,
        $"site.yaml の plans にある「{id}」のフォルダ data/{id}/ がありません。",
        $"site.yaml lists the plan \"{id}\" but the folder data/{id}/ does not exist.",
        "フォルダ名と plans の綴りを合わせるか、plans から削除してください。",
        "Make the folder name and the entry in plans match, or delete the entry.");

    public static Diagnostic OutputInsideInput(SourceLocation at) => Error("KY008", at,
        "出力先が data/・input/・theme/ の中（またはその逆）になっています。ビルドは入力を書き換えません。",
        "The output folder is inside data/, input/ or theme/ (or contains data/); a build never writes into its input.",
        "--out に別のフォルダ（既定は _site）を指定してください。",
        "Choose another folder with --out (the default is _site).");

    /// <summary>The output folder holds files no build wrote: replacing it would delete them.</summary>
    public static Diagnostic OutputNotReplaceable(SourceLocation at, OutputRefusal refusal)
    {
        var examples = string.Join(", ", refusal.Examples);
        var more = refusal.ForeignCount > refusal.Examples.Count ? refusal.ForeignCount - refusal.Examples.Count : 0;
        var (ja, en) = refusal.Reason switch
        {
            OutputRefusalReason.IsAFile => (
                $"出力先「{refusal.Folder}」はフォルダではなくファイルです。",
                $"The output path \"{refusal.Folder}\" is a file, not a folder."),
            OutputRefusalReason.ForeignFiles => (
                $"出力先「{refusal.Folder}」に、前回のビルドが書いていないファイルがあります（{examples}{(more > 0 ? $" ほか {more} 件" : "")}）。ビルドは出力フォルダを丸ごと置き換えるので、このファイルは消えてしまいます。",
                $"The output folder \"{refusal.Folder}\" holds files the last build did not write ({examples}{(more > 0 ? $" and {more} more" : "")}). A build replaces the whole folder, so they would be deleted."),
            _ => (
                $"出力先「{refusal.Folder}」は Kyodo のビルドで作ったフォルダではなく、ファイルが入っています（{examples} など）。ビルドは出力フォルダを丸ごと置き換えるので、中のファイルは消えてしまいます。",
                $"The output folder \"{refusal.Folder}\" was not made by a Kyodo build and holds files ({examples} …). A build replaces the whole folder, so they would be deleted."),
        };
        return refusal.Reason == OutputRefusalReason.IsAFile
            ? Error("KY017", at, ja, en, "--out に別のフォルダを指定してください。", "Choose a folder with --out.")
            : Error("KY017", at, ja, en,
                "必要なファイルを別の場所に移してから、空のフォルダか新しいフォルダ名を --out に指定してください。中身を消してよい場合だけ --force を付けます。",
                "Move the files you need elsewhere and give --out an empty or new folder; add --force only if the folder's contents may be deleted.");
    }

    /// <summary>A folder with the name the build uses for its staging or previous copy exists and is not the build's.</summary>
    public static Diagnostic WorkFolderTaken(SourceLocation at) => Error("KY018", at,
        $"ビルドが作業用に使う「{at.File}」という名前のフォルダ（またはファイル）が既にあり、Kyodo が作ったものではありません。消さずに止めました。",
        $"\"{at.File}\" exists and was not made by a Kyodo build; the build uses that name for its work folder and stopped rather than delete it.",
        "そのフォルダの名前を変えるか別の場所に移してから、もう一度ビルドしてください（中身を消してよい場合は --force）。",
        "Rename or move it, then build again (or add --force if it may be deleted).");

    /// <summary>The data would make the build publish a file at a path it must not use (a safety net behind the ID checks).</summary>
    public static Diagnostic UnsafeOutputPath(SourceLocation at, string path, bool conflict) => Error("KY081", at,
        conflict
            ? $"出力先「{path}」に2つのページを書こうとしました。ページのファイル名や ID がサイトの他のページと重なっています。"
            : $"出力先「{path}」は使えない場所です（出力フォルダの外、または Windows で使えない名前）。",
        conflict
            ? $"Two pages would be written to \"{path}\": a page's file name or an ID collides with another page of the site."
            : $"The output path \"{path}\" is not allowed (outside the output folder, or a name Windows refuses).",
        "ID と input/ のページのファイル名を確認し、重ならない名前にしてください。",
        "Check the IDs and the file names of the pages in input/, and choose names that do not collide.");

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

    // Accessibility audit (build --audit).
    public static Diagnostic AuditUnavailable(SourceLocation at, string detail) => Error("KY100", at,
        $"アクセシビリティの試験を実行できません：{detail}",
        $"The accessibility audit could not run: {detail}",
        "chromium（apt-get install chromium）と Node.js の npm を用意してください。試験なしで作成するときは --audit を外してください。",
        "Install chromium (apt-get install chromium) and Node.js with npm, or build without --audit.");

    public static Diagnostic AuditFinding(SourceLocation at, string detail) => Error("KY101", at,
        $"アクセシビリティの試験で問題が見つかりました：{detail}",
        $"The accessibility audit found a problem: {detail}",
        "テーマ（theme/ の Razor コンポーネントや CSS）か、ページに出るデータの文章を直してください。",
        "Fix the theme (Razor components or CSS in theme/) or the data text shown on that page.");

    public static Diagnostic AuditForeignRequest(SourceLocation at, string url) => Error("KY102", at,
        $"ページがサイトの外のファイル「{url}」を読み込もうとしました。",
        $"A page tried to load \"{url}\" from outside the site.",
        "外部の CDN などは使わず、ファイルをサイトの中に置いてください。",
        "Serve every file from the site itself; use no CDN or other external source.");

    // Published URLs.
    public static Diagnostic UrlVanished(SourceLocation at, string url)
    {
        // A project page, the files beside it (card, chart) and its data keep answering when the project is kept;
        // other pages when what made them is kept.
        var project = System.Text.RegularExpressions.Regex.IsMatch(url, "/projects/[a-z0-9-]+(/[^/]*|(\\.[a-z]+)+)$");
        return Error("KY070", at,
            $"公開済みの URL「{url}」が、このビルドではなくなります。リンクしている人やブックマークが切れてしまいます。",
            $"The published URL \"{url}\" would no longer exist after this build, breaking the links and bookmarks that point to it.",
            project
                ? "事業の行を projects.csv から消さないでください。名称変更・統合なら lineage.csv に記録すると、この URL は後継の事業へ案内するページとして残ります。どうしても削除するときだけ、published-urls.txt からこの行を消してください。"
                : "このページやファイルを作るデータ（ID・ページのファイル名）を元に戻してください。どうしても削除するときだけ、published-urls.txt からこの行を消してください。",
            project
                ? "Do not delete the project's row from projects.csv: record a rename or merge in lineage.csv, and this URL stays as a page leading to the successor. Only if the removal is really intended, delete this line from published-urls.txt."
                : "Restore the data that made this page or file (its ID or page file name). Only if the removal is really intended, delete this line from published-urls.txt.");
    }

    public static Diagnostic PublishedUrlLine(SourceLocation at, string line) => Error("KY071", at,
        $"「{line}」は URL のパスとして読めません。",
        $"\"{line}\" is not a URL path.",
        "1行に1つ、「/」で始まるサイト内のパス（/projects/p001/ など）を書きます。説明は「#」で始まる行に書きます。",
        "Write one path per line, starting with \"/\" (/projects/p001/); comments go on lines starting with \"#\".");

    // Commands that write into the data.
    public static Diagnostic FileExists(SourceLocation at) => Error("KY097", at,
        "このファイルはすでにあります。上書きすると今の内容が失われるので、書き込みませんでした。",
        "This file already exists; nothing was written, because overwriting it would lose its contents.",
        "残したい内容がないことを確かめてから --force を付けて実行するか、別の名前・場所を指定してください。",
        "Run the command again with --force once you are sure its contents can go, or choose another name or place.");

    public static Diagnostic WriteFailed(SourceLocation at, string detail) => Error("KY098", at,
        $"ファイルを書き込めませんでした（{detail}）。どのファイルも変更していません。",
        $"The file could not be written ({detail}); no file was changed.",
        "ディスクの空き容量と、ファイルが他のアプリ（Excel など）で開かれていないかを確認してください。",
        "Check the free disk space and that the file is not open in another application (such as Excel).");

    // Chart bundle.
    public static Diagnostic ChartBundleMissing(SourceLocation at, string detail) => Error("KY095", at,
        $"グラフの表示に使う plotly.js を用意できませんでした（{detail}）。",
        $"plotly.js, which draws the interactive charts, could not be prepared ({detail}).",
        "インターネット（npm のレジストリ）に接続できることを確認し、リポジトリの最上位で npm install を実行してから、もう一度ビルドしてください。",
        "Check that the npm registry can be reached, run npm install at the top of the repository, and build again.");
}
