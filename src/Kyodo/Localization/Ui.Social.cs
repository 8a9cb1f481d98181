using Kyodo.Model;

namespace Kyodo.Localization;

/// <summary>Texts of the social-media previews (Open Graph, Twitter card).</summary>
public static partial class Ui
{
    /// <summary>The alternative text of a plan's home card (also shown by pages without a card of their own).</summary>
    public static LocalizedText SocialImageAlt(LocalizedText planName) => L(
        $"{planName.Ja}：サイトのマークと計画の名前、最新の実施報告の達成度を色の四角で並べた図",
        $"{planName.In(Language.En)}: the site's mark and the plan's name beside coloured squares, " +
        "one per rated entry of the latest report");

    /// <summary>The alternative text of a page's own card: what it shows, in the page's language.</summary>
    public static string SocialCardAlt(Language language, string kind, string title, string planName) =>
        language == Language.Ja ? $"{kind}「{title}」（{planName}）" : $"{kind}: {title} ({planName})";

    /// <summary>Open Graph locale of each language (British spelling in the English texts).</summary>
    public static string OpenGraphLocale(Language language) => language == Language.Ja ? "ja_JP" : "en_GB";
}
