using Kyodo.Model;

namespace Kyodo.Localization;

/// <summary>Texts of pages that keep links working: content pages shown in the other language.</summary>
public static partial class Ui
{
    /// <summary>Shown on a content page that exists only in the other language.</summary>
    public static LocalizedText PageInOtherLanguage(Language shownIn) => shownIn == Language.Ja
        ? L("このページの日本語版はまだありません。", "This page has not been translated yet; it is shown in the original Japanese.")
        : L("このページの日本語版はまだありません。英語版を表示しています。", "This page has not been translated yet.");
}
