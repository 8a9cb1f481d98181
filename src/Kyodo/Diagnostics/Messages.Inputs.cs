namespace Kyodo.Diagnostics;

/// <summary>Messages about settings keys, numbers, Excel workbooks and the site's address.</summary>
public static partial class Messages
{
    /// <summary>A key of site.yaml or plan.yaml that the tool does not read (a misspelling is otherwise silently ignored).</summary>
    public static Diagnostic YamlUnknownKey(SourceLocation at, string key, string? suggestion) => Warning("KY067", at,
        suggestion is null
            ? $"項目「{key}」はこのファイルでは使われません（無視します）。"
            : $"項目「{key}」はこのファイルでは使われません（無視します）。「{suggestion}」のことですか。",
        suggestion is null
            ? $"The key \"{key}\" is not a setting of this file (it is ignored)."
            : $"The key \"{key}\" is not a setting of this file (it is ignored). Did you mean {suggestion}?",
        suggestion is null
            ? "綴りを確認し、docs/data-format.md にある項目名に直すか、行を削除してください。"
            : $"「{key}」を「{suggestion}」に直してください。",
        suggestion is null
            ? "Check the spelling against docs/data-format.md, or delete the line."
            : $"Rename \"{key}\" to \"{suggestion}\".");
}

public static partial class Messages
{
    /// <summary>The longest ID (the pattern of <see cref="Loading.Rows.CellRules.IsId"/>): it becomes a folder and file name.</summary>
    public const int MaxIdLength = 64;

    /// <summary>A count below zero (a count column of summaries.csv): it would be published as the city's figure.</summary>
    public static Diagnostic BelowMinimum(SourceLocation at, string column, string value, decimal minimum) => Error("KY023", at,
        minimum == 0
            ? $"「{column}」は件数なので負の数にはなりません（値は「{value}」）。"
            : $"「{column}」の値「{value}」は {minimum} より小さくできません。",
        minimum == 0
            ? $"\"{column}\" is a count and cannot be negative, but is \"{value}\"."
            : $"\"{column}\" cannot be less than {minimum}, but is \"{value}\".",
        "市の文書に載っている値を確認して書き直してください。",
        "Check the figure in the city's document and write it again.");

    /// <summary>"67,6": a decimal comma, as European spreadsheets write numbers.</summary>
    public static Diagnostic DecimalComma(SourceLocation at, string column, string value, string fixedValue) => Error("KY024", at,
        $"「{column}」の値「{value}」は小数点にカンマを使っています。",
        $"\"{column}\" uses a comma as the decimal point: \"{value}\".",
        $"小数点は半角のピリオドで「{fixedValue}」と書いてください。",
        $"Write the decimal point as a full stop: \"{fixedValue}\".");

    /// <summary>An era year the era never reached: 平成45年度 is not 2033, since Heisei ended in its 31st year.</summary>
    public static Diagnostic EraEnded(SourceLocation at, string column, string value, string era, int lastYear) => Error("KY025", at,
        $"「{column}」の値「{value}」はありえない年度です。{era}は{lastYear}年で終わりました。",
        $"\"{column}\" is not a real year: \"{value}\". The {EraInEnglish(era)} era ended in its year {lastYear}.",
        "元の文書の年度を確認し、西暦の4桁で書いてください（例：平成31年度は 2019、令和2年度は 2020）。",
        "Check the year in the source document and write it as four Western-calendar digits (平成31年度 is 2019, 令和2年度 is 2020).");

    private static string EraInEnglish(string era) => era switch
    {
        "平成" => "Heisei",
        "昭和" => "Shōwa",
        "令和" => "Reiwa",
        _ => era,
    };
}

public static partial class Messages
{
    /// <summary>
    /// A formula cell of an input workbook: its last saved value is read, the formula is not. With
    /// <paramref name="more"/> &gt; 0 the warning stands for that many further formula cells from this one on.
    /// </summary>
    public static Diagnostic ExcelFormula(SourceLocation at, string formula, string value, int more) => more > 0
        ? Warning("KY019", at,
            $"このシートには、ほかにも {more} 個の数式のセルがあります（最初はこのセル）。",
            $"The sheet holds {more} more formula cells (the first is this one).",
            "数式のセルをコピーし、「値として貼り付け」で数値にしてから保存してください。",
            "Copy the formula cells and use Paste Values, then save the workbook.")
        : Warning("KY019", at,
            $"このセルは数式（{formula}）です。最後に保存したときの計算結果「{value}」を読みます。",
            $"This cell is a formula ({formula}); the value it had when last saved, \"{value}\", is read.",
            "Excel で開いて再計算してから保存するか、セルをコピーして「値として貼り付け」で数値にしてください。",
            "Open it in Excel so that it recalculates and save it, or copy the cell and use Paste Values.");
}

public static partial class Messages
{
    /// <summary>A site_url (or --site-url) that is not an absolute https address in plain characters.</summary>
    public static Diagnostic BadSiteUrl(SourceLocation at, string url) => Error("KY068", at,
        $"サイトのアドレス「{url}」は使えません。https:// で始まる完全なアドレスで、引用符・空白・「<」「>」を含まないものにします。",
        $"The site address \"{url}\" cannot be used: it must be an absolute https:// address without quotes, spaces, \"<\" or \">\".",
        "「site_url: https://example.github.io/kyodo」のように書いてください（? や # の後ろは付けません）。",
        "Write it like \"site_url: https://example.github.io/kyodo\" (with no ? or # part).");
}
