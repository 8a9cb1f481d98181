using Kyodo.Model;

namespace Kyodo.Localization;

/// <summary>Texts of the social-media previews (Open Graph, Twitter card).</summary>
public static partial class Ui
{
    public static LocalizedText SocialImageAlt(LocalizedText planName) => L(
        $"{planName.Ja}：サイトのマークと、最新の実施報告の達成度を色の四角で並べた図",
        $"{planName.In(Language.En)}: the site's mark beside coloured squares, one per rated entry of the latest report");

    /// <summary>Open Graph locale of each language (British spelling in the English texts).</summary>
    public static string OpenGraphLocale(Language language) => language == Language.Ja ? "ja_JP" : "en_GB";
}
