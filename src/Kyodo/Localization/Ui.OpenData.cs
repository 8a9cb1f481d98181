using Kyodo.Model;
using Kyodo.Schema;

namespace Kyodo.Localization;

/// <summary>Interface texts of the open-data page, the codebook and the "data and citation" box of entity pages.</summary>
public static partial class Ui
{
    public static readonly LocalizedText OpenDataDescription = L(
        "計画・事業・指標・実績のすべての表を CSV と JSON でダウンロードできます。スキーマ、データパッケージ、コードブック、ライセンス、引用の仕方。",
        "Every table of the plan, its projects, indicators and results as CSV and JSON, with schemas, a data package, a codebook, the licence and how to cite.");
    public static readonly LocalizedText OpenDataIntro = L(
        "このサイトが表示しているすべての数値と文章を、表の形でダウンロードできます。ページに表示している数値と同じもので、丸めていません。各ファイルの形式は、公開しているスキーマ（JSON Schema とデータパッケージ）で定めています。",
        "Every figure and text this site shows can be downloaded as tables: the same figures as on the pages, never rounded. The format of every file is fixed by the published schemas (JSON Schema and a data package).");

    public static readonly LocalizedText LicenceHeading = L("ライセンス", "Licence");
    public static readonly LocalizedText CreditLine = L("出典の記載例（そのまま使う場合）", "Credit line (using the data as it is)");
    public static readonly LocalizedText ModifiedCreditLine = L("加工して使う場合の記載例", "Credit line when you edit or combine the data");
    public static readonly LocalizedText HowToCite = L("引用の仕方", "How to cite");
    public static readonly LocalizedText HowToCiteDataset = L(
        "論文や報告書では次のように引用してください（参照日を書き入れてください）。",
        "In a paper or report, cite the data set like this (fill in the date you accessed it).");
    public static readonly LocalizedText WholeDataSet = L("データ一式", "The whole data set");
    public static readonly LocalizedText ZipAll = L("すべてのファイル（zip）", "All files (zip)");
    public static readonly LocalizedText ZipNote = L(
        "CSV・JSON・Excel 用 CSV・datapackage.json・スキーマ・README（ファイルの説明、ライセンス、引用の仕方）を含みます。",
        "CSV, JSON, Excel copies, datapackage.json, the schemas and a README (what each file is, the licence, how to cite).");
    public static readonly LocalizedText DataPackageNote = L(
        "Frictionless Data Package：各 CSV の列・型・単位・キー（Python・R などで型どおりに読み込めます）",
        "Frictionless Data Package: fields, types, units and keys of every CSV (for loading with correct types in Python, R and other tools)");
    public static readonly LocalizedText ReadmeNote = L("ファイルの説明（日本語・英語）", "What each file is (Japanese and English)");
    public static readonly LocalizedText PlanYamlNote = L("計画の設定：評価の段階・区分・各年度の文書", "The plan's configuration: rating scale, categories, editions");
    public static readonly LocalizedText PackageVersion = L("パッケージのバージョン", "Package version");
    public static readonly LocalizedText FormatVersion = L("データ形式のバージョン", "Data format version");
    public static readonly LocalizedText Coverage = L("収録範囲", "Coverage");
    public static readonly LocalizedText TablesHeading = L("表", "Tables");
    public static readonly LocalizedText RowCount = L("行数", "Rows");
    public static readonly LocalizedText ExcelCopy = L("Excel 用", "for Excel");
    public static readonly LocalizedText ColumnsLink = L("列の説明", "Columns");
    public static readonly LocalizedText DerivedTable = L("算出", "derived");
    public static readonly LocalizedText DerivedTableNote = L(
        "「算出」の表は Kyodo が他の表から計算したもので、入力の表ではありません。",
        "Tables marked \"derived\" are computed by Kyodo from the other tables; they are not input tables.");

    public static readonly LocalizedText FileFormats = L("ファイルの形式", "File formats");
    public static readonly LocalizedText FormatCsv = L(
        "CSV：UTF-8（BOM なし）、RFC 4180、改行 CRLF、1 行目が列名。データの入力と同じ形式なので、ダウンロードした CSV を Kyodo で読み込むと同じデータが再現されます。",
        "CSV: UTF-8 without BOM, RFC 4180, CRLF line ends, a header row. It is the same format Kyodo reads its data from, so the downloaded CSV files load back into the same data.");
    public static readonly LocalizedText FormatExcel = L(
        "Excel 用 CSV（excel/ フォルダ）：BOM 付き UTF-8 の複製です。BOM なしの CSV を Excel でダブルクリックすると文字化けするため用意しています。表計算ソフトが数式として実行しないよう、先頭が = + - @（またはタブ・CR）の文字列のセルには ' を前に付けています（例：「- %」→「'- %」）。数値の列は変えません。正確な値は BOM なしの CSV と JSON にあります。",
        "Excel copies (excel/ folder): the same CSV with a UTF-8 BOM, because Japanese Excel shows the canonical file as garbled text when you double-click it. So that spreadsheets do not run a cell as a formula, a text cell starting with = + - @ (or a tab or CR) gets a leading ' (\"- %\" becomes \"'- %\"). Number columns are never changed. The exact values are in the canonical CSV and JSON files.");
    public static readonly LocalizedText FormatJson = L(
        "JSON：各表の行を型付きの値で（数値は数値、; 区切りのリストは配列、欠けた値は null。欠けた理由は status などの列にあります）。",
        "JSON: each table's rows with typed values (numbers as numbers, ; lists as arrays, a missing value as null; the reason it is missing is in a status column).");
    public static readonly LocalizedText FormatMissing = L(
        "空欄・null は「値がない」ことで、ゼロではありません。",
        "An empty cell or null means the value is missing, never zero.");
    public static readonly LocalizedText FormatTwins = L(
        "事業と指標のページの横に、その事業・指標のデータがあります（例：projects/<ID>.json と .csv）。",
        "Beside each project and indicator page is that entity's data (for example projects/<ID>.json and .csv).");
    public static readonly LocalizedText FormatSchemas = L(
        "JSON Schema（2020-12）：公開した版は変更しません。形式を変えるときは新しい版を追加し、古い版も公開し続けます。",
        "JSON Schema (2020-12): a published version never changes. A change to the format adds a new version, and the old one stays published.");
    public static readonly LocalizedText CodebookTitle = L("コードブック", "Codebook");
    public static readonly LocalizedText CodebookLink = L("コードブック（全ての表と列の説明）", "Codebook (every table and column)");
    public static readonly LocalizedText CatalogLink = L("DCAT カタログ（catalog.jsonld）", "DCAT catalogue (catalog.jsonld)");

    public static readonly LocalizedText CodebookDescription = L(
        "公開しているすべての表と列の意味・型・単位・値の一覧です。",
        "The meaning, type, unit and allowed values of every published table and column.");
    public static readonly LocalizedText CodebookIntro = L(
        "公開しているすべての表と列の説明です。この表の定義（Kyodo の Schema/Tables.cs）から、データの読み込み・検査、ダウンロード、JSON Schema、datapackage.json とこのページが作られます。",
        "Every published table and column. The same definitions (Kyodo's Schema/Tables.cs) drive loading and checking the data, the downloads, the JSON Schemas, datapackage.json and this page.");
    public static readonly LocalizedText ValueTypes = L("値の型", "Value types");
    public static readonly LocalizedText TypeColumn = L("型", "Type");
    public static readonly LocalizedText InCsv = L("CSV での書き方", "In CSV");
    public static readonly LocalizedText InJson = L("JSON での値", "In JSON");
    public static readonly LocalizedText Column = L("列", "Column");
    public static readonly LocalizedText RequiredColumn = L("必須", "Required");
    public static readonly LocalizedText Yes = L("必須", "yes");
    public static readonly LocalizedText AllowedValues = L("値", "Values");
    public static readonly LocalizedText PrimaryKey = L("主キー", "Primary key");
    public static readonly LocalizedText UniqueKey = L("一意キー（空欄を含みうる）", "Unique key (may hold empty values)");
    public static readonly LocalizedText ForeignKeys = L("参照", "References");
    public static LocalizedText DeclaredIn(string key) => L($"plan.yaml の {key} で宣言", $"declared in plan.yaml ({key})");

    public static LocalizedText TypeLabel(FieldType type) => type switch
    {
        FieldType.Text => L("文字列", "text"),
        FieldType.Id => L("ID", "ID"),
        FieldType.Integer => L("整数", "integer"),
        FieldType.Number => L("数値", "number"),
        FieldType.Year => L("年度", "fiscal year"),
        FieldType.Boolean => L("真偽値", "boolean"),
        FieldType.Code => L("コード", "code"),
        FieldType.IntegerList => L("整数のリスト", "list of integers"),
        FieldType.SdgTargetList => L("SDGs ターゲットのリスト", "list of SDG targets"),
        FieldType.Source => L("出典", "source"),
        FieldType.Month => L("年月", "year-month"),
        _ => L(type.ToString(), type.ToString()),
    };

    public static LocalizedText TypeInCsv(FieldType type) => type switch
    {
        FieldType.Text => L("そのまま（複数行は \" で囲む）", "as is (quoted when it has several lines)"),
        FieldType.Id => L("半角英小文字・数字・-（p001）", "lowercase ASCII letters, digits and - (p001)"),
        FieldType.Integer => L("12", "12"),
        FieldType.Number => L("12.5（桁区切り・単位なし）", "12.5 (no separators, no unit)"),
        FieldType.Year => L("2020（西暦の年度）", "2020 (fiscal year)"),
        FieldType.Boolean => L("true / false", "true / false"),
        FieldType.Code => L("決められた値のどれか", "one of the listed values"),
        FieldType.IntegerList => L("11;17", "11;17"),
        FieldType.SdgTargetList => L("17.14;3.a", "17.14;3.a"),
        FieldType.Source => L("文書ID#節", "document-id#section"),
        FieldType.Month => L("2021-03", "2021-03"),
        _ => L("", ""),
    };

    public static LocalizedText TypeInJson(FieldType type) => type switch
    {
        FieldType.Integer or FieldType.Year => L("整数", "integer"),
        FieldType.Number => L("数値", "number"),
        FieldType.Boolean => L("true / false", "true / false"),
        FieldType.IntegerList => L("整数の配列", "array of integers"),
        FieldType.SdgTargetList => L("文字列の配列", "array of strings"),
        _ => L("文字列", "string"),
    };

    public static readonly LocalizedText MissingInJson = L("JSON では欠けた値は null（空のリストは []）です。", "In JSON a missing value is null (an empty list is []).");

    public static readonly LocalizedText DataAndCitation = L("データと引用", "Data and citation");
    public static readonly LocalizedText DataOfThisPage = L("このページのデータ：", "This page's data:");
    public static readonly LocalizedText ProjectTwinNote = L("（CSV は年度ごとの行）", "(the CSV has one row per year)");
    public static readonly LocalizedText IndicatorTwinNote = L("（CSV は年度ごとの値）", "(the CSV has the values by year)");
    public static readonly LocalizedText HowToCitePage = L("このページの引用例（参照日を書き入れてください）：", "To cite this page (fill in the date you accessed it):");
    public static readonly LocalizedText LicenceAndAllData = L("ライセンスとすべてのデータ", "Licence and all data");
}
