using System.Text;
using Kyodo.Loading.Rows;
using Kyodo.Schema;
using Kyodo.Xlsx;

namespace Kyodo.Scaffolding;

/// <summary>What to scaffold: the plan's ID (its folder name), the city's names, and the table format.</summary>
public sealed record ScaffoldOptions(string PlanId, string? CityJa = null, string? CityEn = null, bool Force = false, bool Excel = false);

/// <summary>The outcome of <see cref="PlanScaffold.Create"/>: the folder and files written, or why nothing was.</summary>
public sealed record ScaffoldResult(bool Success, string Directory, IReadOnlyList<string> Files, string? ErrorJa = null, string? ErrorEn = null);

/// <summary>
/// <c>kyodo new</c>: writes a new plan folder a clerk can start from — plan.yaml with explanations, every table
/// with its header row (CSV, or Excel workbooks), and a README in Japanese on how to fill each file. Everything
/// is written to a temporary folder first and moved into place at once, so a failure never leaves half a plan.
/// </summary>
public static class PlanScaffold
{
    public static ScaffoldResult Create(string dataDirectory, ScaffoldOptions options)
    {
        var target = Path.Combine(dataDirectory, options.PlanId);
        if (!CellRules.IsId(options.PlanId))
        {
            return Fail(target,
                $"計画の ID「{options.PlanId}」は使えません。半角の英小文字・数字・ハイフンで書いてください（例：tsukuba）。",
                $"\"{options.PlanId}\" cannot be a plan ID: use lowercase ASCII letters, digits and hyphens (e.g. tsukuba).");
        }
        if (Directory.Exists(target) && !options.Force)
        {
            return Fail(target,
                $"{target} はすでにあります。上書きする場合は --force を付けてください（中身はすべて置き換わります）。",
                $"{target} already exists; add --force to replace it (everything in it is replaced).");
        }

        Directory.CreateDirectory(dataDirectory);
        var staging = Path.Combine(dataDirectory, $".{options.PlanId}.new-{Guid.NewGuid():N}");
        var files = new List<string>();
        try
        {
            Directory.CreateDirectory(staging);
            void Write(string name, byte[] content)
            {
                File.WriteAllBytes(Path.Combine(staging, name), content);
                files.Add(name);
            }
            Write("plan.yaml", Utf8(PlanYaml(options)));
            foreach (var spec in Tables.All)
            {
                var header = spec.Fields.Select(f => f.Name).ToList();
                if (options.Excel)
                {
                    Write(spec.Name + ".xlsx", XlsxWriter.Write([TableSheets.For(spec)]));
                }
                else
                {
                    Write(spec.FileName, Utf8(string.Join(',', header) + "\n"));
                }
            }
            Write("README.md", Utf8(Readme(options)));
            Swap(staging, target);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            return Fail(target, $"書き込めませんでした：{ex.Message}", $"Could not write: {ex.Message}");
        }
        return new ScaffoldResult(true, target, files);
    }

    /// <summary>Moves the finished folder into place; an old folder (with --force) is removed only after the move.</summary>
    private static void Swap(string staging, string target)
    {
        string? old = null;
        if (Directory.Exists(target))
        {
            old = target + $".old-{Guid.NewGuid():N}";
            Directory.Move(target, old);
        }
        try
        {
            Directory.Move(staging, target);
        }
        catch
        {
            if (old is not null) Directory.Move(old, target);
            throw;
        }
        if (old is not null) Directory.Delete(old, recursive: true);
    }

    private static ScaffoldResult Fail(string directory, string ja, string en) => new(false, directory, [], ja, en);

    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    private static string PlanYaml(ScaffoldOptions o)
    {
        var cityJa = o.CityJa ?? "（市の名称）";
        var cityEn = o.CityEn ?? "(Name of the city)";
        return $$"""
            # 計画の設定（plan.yaml）— kyodo new で作った雛形です。
            # 「#」から行末までは説明で、サイトには出ません。値を、元の文書（計画書・実施報告など）に書かれているとおりに書き換えてください。
            # 文書に書かれていないことは推測で埋めず、任意の項目なら行ごと消してください。
            # 日本語（ja）が正本です。英語（en）はプロジェクトによる非公式訳で、空欄でもかまいません。

            id: {{o.PlanId}}   # フォルダ名と同じ ID。公開後は変えないでください（URL になります）。

            # 計画の正式名称と、画面の上部に出す短い名称。
            name:
              ja: （計画の名称）
              en: (Name of the plan)
            short_name:
              ja: （短い名称）
              en: (Short name)
            city:
              ja: {{cityJa}}
              en: {{cityEn}}

            # 計画期間。文書に書かれている場合だけ、行頭の「# 」を消して書きます。
            # period:
            #   start: 2026
            #   end: 2030

            # 基本目標と、協働の定義など（任意）。
            # basic_goal:
            #   ja: （基本目標）
            #   en: (Basic goal)

            # 年度の表し方：western（西暦のみ）か western_with_era（西暦に和暦を併記。文書が和暦で書いている場合）。
            # データの年度は、どちらの場合も西暦の4桁で書きます（令和2年度 → 2020）。
            year_display: western

            # 計画の階層の呼び名。policies.csv が第1階層、measures.csv が第2階層です。
            levels:
              policy:
                name: {ja: 基本方針, en: Basic policy}
                plural: {ja: 基本方針, en: Basic policies}
              measure:
                name: {ja: 施策, en: Measure}
                plural: {ja: 施策, en: Measures}

            # 事業の評価の尺度。project_years.csv の achievement 列には、ここで定めたコードを書きます。
            # 文書に意味が書かれていない場合は label を書かず、note にそう書きます。色は #RRGGBB で、よい順に並べます。
            rating:
              name: {ja: 評価, en: Rating}
              levels: []
              # levels:
              #   - code: A
              #     label: {ja: 計画どおり実施, en: Carried out as planned}
              #     range: {ja: 100%以上, en: 100% or more}
              #     colour: "#1a5e9a"
              #   - code: B
              #     label: {ja: 一部実施, en: Partly carried out}
              #     colour: "#e69f00"
              # note: {ja: （評価についての注記）, en: (Note on the rating)}

            # 事業の区分（新規・継続など）。文書にある場合だけ書きます。
            # closing: true は「完了・統合」のように、その年度の事業として数えない区分です。
            categories: []
            # categories:
            #   - code: new
            #     label: {ja: 新規, en: New}
            #   - code: completed
            #     label: {ja: 完了・統合, en: Completed or merged}
            #     closing: true

            # 事業の目標指標（project_targets.csv）の呼び名（任意）。
            # project_targets:
            #   name: {ja: 目標指標, en: Target indicators}
            #   baseline: {ja: 基準値, en: Baseline}
            #   target: {ja: 目標値, en: Target}
            #   current: {ja: 現状値, en: Current value}

            # 年度ごとの文書（版）。kind は plan（実施計画）か report（実施報告）。source は sources.csv の id です。
            editions: []
            # editions:
            #   - year: 2026
            #     kind: report
            #     source: {{o.PlanId}}-2026-report
            #     title: {ja: 2026年度実施報告, en: FY2026 implementation report}

            """;
    }

    private static string Readme(ScaffoldOptions o)
    {
        var ext = o.Excel ? ".xlsx" : ".csv";
        var sb = new StringBuilder();
        sb.Append($$"""
            # {{o.PlanId}} — 計画データの入力のしかた

            このフォルダは `kyodo new {{o.PlanId}}` で作った、計画のデータの雛形です。ここに市の公表文書（計画書・実施計画・
            実施報告など）の内容を書き写すと、Kyodo が日本語と英語のサイトとオープンデータを作ります。

            ## はじめに

            1. `plan.yaml` を開き、計画の名称・市の名称・階層の呼び名・評価の尺度・年度ごとの文書（editions）を書きます。
               説明は各行の「#」の後にあります。
            2. `data/site.yaml` の `plans:` の一覧に `- {{o.PlanId}}` を加えます（最初の計画はサイトの最上位、2つ目以降は
               `/{{o.PlanId}}/` の下に公開されます）。
            3. 下の表を埋めます。1行目の見出し（列名）は変えないでください。列の順番は入れ替えてもかまいません。
            4. `kyodo validate` で確かめます。誤りがあると、ファイル・行・列（Excel ではシート・行・列の記号）と直し方が表示されます。
            5. `kyodo build` でサイトを作ります。

            ## 共通の約束

            - 表は{{(o.Excel ? "Excel（.xlsx）です。1枚目のシート（または表と同じ名前のシート）の1行目が見出しです。同じ表を CSV と Excel の両方に置かないでください。" : " CSV（UTF-8、カンマ区切り）です。Excel で保存するときは「CSV UTF-8（コンマ区切り）」を選びます。Excel ファイル（表の名前.xlsx）で作ることもできます。")}}
            - 年度は西暦の4桁で書きます（令和2年度 → 2020、平成27年度 → 2015）。
            - 数値には桁区切りや単位を付けません（`1,901人` ではなく `1901`。単位は単位の列に）。
            - 空欄はゼロではありません。値がない理由は status の列に書きます（not_surveyed：調査なし など）。
            - 文章は文書に書かれているとおりに写します（誤字もそのまま）。PDF の折り返しだけを戻します。
            - ID は半角の英小文字・数字・ハイフンで書き、一度公開したら変えません（URL になります）。
            - すべての行に出典（source 列）を「文書ID#節」の形で書きます。文書 ID は sources.csv の id です。
            - `_en` で終わる列は英語（非公式訳）で、空欄でもかまいません。

            ## 表の一覧

            詳しい説明は Kyodo の docs/data-format.md と docs/new-plan.md にあります。必須でない表は、使わなければ見出しだけのままで
            かまいません。

            """);
        foreach (var spec in Tables.All)
        {
            sb.Append($"\n### {spec.Name}{ext} — {spec.Title.Ja}{(spec.Required ? "（必須）" : "（任意）")}\n\n{spec.Description.Ja}\n\n");
            sb.Append("| 列 | 必須 | 内容 |\n| --- | --- | --- |\n");
            foreach (var field in spec.Fields)
            {
                var allowed = field.Allowed.Count > 0 ? $"（{string.Join(" / ", field.Allowed)}）"
                    : field.AllowedFromConfig is { } key ? $"（plan.yaml の {key} で定めたコード）"
                    : field.References is { } table ? $"（{table} の ID）" : "";
                sb.Append($"| `{field.Name}` | {(field.Required ? "必須" : "")} | {field.Description.Ja}{allowed} |\n");
            }
        }
        sb.Append("""

            ---

            This folder was created by `kyodo new`. Fill in plan.yaml and the tables from the city's documents, add the plan to
            data/site.yaml, then run `kyodo validate` and `kyodo build`. See docs/new-plan.md.

            """);
        return sb.ToString();
    }
}
