using Kyodo.Model;

namespace Kyodo.Publishing;

/// <summary>
/// "How to cite" texts for the data set and for a single project or indicator: who, edition, title, stable
/// URL and a placeholder for the date the reader accessed it (a build never writes today's date).
/// </summary>
public static class Citation
{
    public static readonly LocalizedText AccessDatePlaceholder = new("YYYY年MM月DD日", "YYYY-MM-DD");

    public static LocalizedText Dataset(DatasetInfo info, string? version = null)
    {
        var v = version is null ? "" : $"、バージョン {version}";
        var ve = version is null ? "" : $", version {version}";
        return new LocalizedText(
            $"{info.Publisher.Ja}（{info.Year}）『{info.Title.Ja}』{info.EditionLabel.Ja}{v}。{info.Plan.Config.City.Ja}の公表資料をもとに作成。{info.LandingUrl}（参照日：{AccessDatePlaceholder.Ja}）",
            $"{info.Publisher.In(Language.En)} ({info.Year}). {info.Title.In(Language.En)}, {info.EditionLabel.In(Language.En)}{ve}. Compiled from {info.Plan.Config.City.In(Language.En)}'s published documents. {info.LandingUrl} (accessed {AccessDatePlaceholder.En})");
    }

    /// <summary>A project or an indicator, by its name, kind and the stable URL of its page in each language.</summary>
    public static LocalizedText Entity(DatasetInfo info, LocalizedText kind, string id, LocalizedText name, string urlJa, string urlEn) => new(
        $"{info.Plan.Config.City.Ja}「{name.Ja}」（{kind.Ja} {id}）。{info.Publisher.Ja}『{info.Title.Ja}』{info.EditionLabel.Ja}。{urlJa}（参照日：{AccessDatePlaceholder.Ja}）",
        $"{info.Plan.Config.City.In(Language.En)}. \"{name.In(Language.En)}\" ({kind.In(Language.En).ToLowerInvariant()} {id}). In {Licence.MidSentence(info.Publisher.In(Language.En))}, {info.Title.In(Language.En)}, {info.EditionLabel.In(Language.En)}. {urlEn} (accessed {AccessDatePlaceholder.En})");
}
