using Kyodo.Model;

namespace Kyodo.Localization;

/// <summary>Texts of pages that keep old links working: untranslated content pages, successors of projects.</summary>
public static partial class Ui
{
    /// <summary>Shown on a content page that exists only in the other language.</summary>
    public static LocalizedText PageInOtherLanguage(Language shownIn) => shownIn == Language.Ja
        ? L("このページの日本語版はまだありません。", "This page has not been translated yet; it is shown in the original Japanese.")
        : L("このページの日本語版はまだありません。英語版を表示しています。", "This page has not been translated yet.");

    public static readonly LocalizedText SucceededNotice = L("この事業は、次の事業に引き継がれました。", "This project was continued as:");
    public static readonly LocalizedText SucceededNoticeTitle = L("後継の事業", "Successor project");
    public static readonly LocalizedText SucceededIn = L("引き継ぎの年度", "Since");
}
