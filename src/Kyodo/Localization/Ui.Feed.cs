using Kyodo.Model;

namespace Kyodo.Localization;

/// <summary>Texts of the Atom change feed (feed.atom, en/feed.atom).</summary>
public static partial class Ui
{
    public static readonly LocalizedText FeedTitleSuffix = L("更新情報", "What changed");
    public static readonly LocalizedText FeedLink = L("更新情報（Atom フィード）", "What changed (Atom feed)");
    public static readonly LocalizedText FeedNewlyListed = L("新たに掲載された事業", "Newly listed projects");
    public static readonly LocalizedText FeedCompleted = L("完了・統合とされた事業", "Projects completed or merged");
    public static readonly LocalizedText FeedNoLongerListed = L("掲載されなくなった事業", "Projects no longer listed");
    public static readonly LocalizedText FeedNoReason = L(
        "前の版に掲載され、この版には掲載されていない事業です。文書には理由の記載がありません。",
        "Listed in the previous edition but not in this one; the documents do not say why.");
    public static readonly LocalizedText FeedRatingChanges = L("達成度が変わった事業", "Projects whose rating changed");
    public static readonly LocalizedText FeedLineage = L("事業・担当所属の変遷", "Changes to projects and departments");

    public static LocalizedText FeedFirstEdition(int projects) => L(
        $"このサイトで公開する、この計画の最初の版です。{projects} 事業を掲載しています。",
        $"The first edition of this plan published here, listing {projects} projects.");

    public static LocalizedText FeedListed(int projects) => L($"{projects} 事業を掲載。", $"{projects} projects listed.");

    public static LocalizedText FeedReport(LocalizedText ratingName, int rated) => L(
        $"実施結果と{ratingName.Ja}を公表（評価された掲載 {rated} 件）：",
        $"Results and {ratingName.In(Language.En).ToLowerInvariant()} published ({rated} rated entries):");

    public static LocalizedText FeedCount(LocalizedText what, int n) => L($"{what.Ja} {n} 件", $"{what.In(Language.En)} ({n})");

    public static LocalizedText FeedRenamed(string from, string to) => L($"「{from}」が「{to}」に名称変更", $"“{from}” renamed “{to}”");
    public static LocalizedText FeedMerged(string from, string to) => L($"「{from}」が「{to}」に統合", $"“{from}” merged into “{to}”");
    public static LocalizedText FeedSplit(string from, string to) => L($"「{from}」から「{to}」が分かれた", $"“{to}” split off from “{from}”");
    public static LocalizedText FeedMoved(string name, string from, string to) => L($"「{name}」の所属する施策が {from} から {to} に移動", $"“{name}” moved from {from} to {to}");
    public static LocalizedText FeedDepartment(string from, string to) => L($"担当所属の変更：{from} → {to}", $"Department changed: {from} → {to}");
}
