using Kyodo.Model;

namespace Kyodo.Publishing;

/// <summary>
/// The licence of the published data: the Public Data License 1.0 of Japan's Digital Agency (公共データ利用規約
/// 第1.0版, PDL1.0), which states its compatibility with CC BY 4.0. Stated on the open-data page, in the
/// data package, the zip's README and the JSON-LD, from here.
/// </summary>
public static class Licence
{
    public const string ShortName = "PDL1.0";

    public static readonly LocalizedText Name = new("公共データ利用規約 第1.0版（PDL1.0）", "Public Data License Version 1.0 (PDL1.0)");

    public const string UrlJa = "https://www.digital.go.jp/resources/open_data/public_data_license_v1.0";
    public const string UrlEn = "https://www.digital.go.jp/en/resources/open_data/public_data_license_v1.0";

    public const string CcBy = "https://creativecommons.org/licenses/by/4.0/";
    public const string CcByName = "CC BY 4.0";

    /// <summary>The licence page in a language (the Japanese text is the official one).</summary>
    public static string Url(Language language) => language == Language.Ja ? UrlJa : UrlEn;

    public static readonly LocalizedText Summary = new(
        "このデータは公共データ利用規約 第1.0版（PDL1.0）で提供します。出典を記載すれば、複製・加工・再配布・商用利用を含め自由に利用できます。PDL1.0 はクリエイティブ・コモンズ 表示 4.0 国際（CC BY 4.0）と互換性があります。",
        "This data is provided under the Public Data License 1.0 (PDL1.0) of Japan's Digital Agency. You may copy, adapt, redistribute and use it commercially, provided you credit the source. PDL1.0 is compatible with Creative Commons Attribution 4.0 International (CC BY 4.0).");

    public static readonly LocalizedText Translations = new(
        "英語の文章は Kyodo プロジェクトによる非公式訳です。正本は日本語です。",
        "The English texts are unofficial translations by the Kyodo project; the Japanese is authoritative.");

    /// <summary>"The Kyodo project" inside a sentence: "the Kyodo project".</summary>
    public static string MidSentence(string name) => name.StartsWith("The ", StringComparison.Ordinal) ? "the " + name[4..] : name;

    /// <summary>The credit line to use when the data is used as it is.</summary>
    public static LocalizedText Attribution(LocalizedText publisher, LocalizedText title, string url) => new(
        $"出典：{publisher.Ja}「{title.Ja}」（{url}）、{ShortName}（{UrlJa}）",
        $"Source: {publisher.In(Language.En)}, \"{title.In(Language.En)}\" ({url}), {ShortName} ({UrlEn})");

    /// <summary>The credit line when the data was edited or combined (PDL1.0 asks to say so).</summary>
    public static LocalizedText ModifiedAttribution(LocalizedText publisher, LocalizedText title, string url) => new(
        $"{publisher.Ja}「{title.Ja}」（{url}）を加工して作成",
        $"Created by editing {MidSentence(publisher.In(Language.En))}, \"{title.In(Language.En)}\" ({url})");
}
