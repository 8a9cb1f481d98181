using Kyodo.Model;

namespace Kyodo.Localization;

/// <summary>Texts of the note on a project page that says what became of a project that ended.</summary>
public static partial class Ui
{
    public static readonly LocalizedText EndingTitle = L("この事業のその後", "What became of this project");
    public static readonly LocalizedText WhereTheWorkWent = L("事業を引き継いだ事業：", "The work continues in:");
    public static readonly LocalizedText NoSuccessorNamed = L(
        "事業を引き継いだ事業は、文書には書かれていません。",
        "The documents name no project that took over the work.");
    public static readonly LocalizedText EndingSeeLineage = L("根拠は「事業の変遷」に示しています。", "The evidence is under Lineage below.");

    public static LocalizedText EndedCompleted(string endYear, string lastListed) => L(
        $"{endYear}の文書で、完了・統合した事業とされています。事業として最後に掲載されたのは{lastListed}の文書です。",
        $"The {endYear} document records it as completed or merged. It was last listed as a project in the {lastListed} document.");

    public static LocalizedText EndedCompletedNoYear(string lastListed) => L(
        $"完了・統合した事業とされています。事業として最後に掲載されたのは{lastListed}の文書です。",
        $"It is recorded as completed or merged. It was last listed as a project in the {lastListed} document.");

    public static LocalizedText EndedSucceeded(EndingKind how, string year) => how switch
    {
        EndingKind.Renamed => L($"{year}から、別の事業として続いています。", $"From {year} it continues as another project."),
        EndingKind.Split => L($"{year}に、複数の事業に分かれました。", $"In {year} it was split into several projects."),
        _ => L($"{year}に、別の事業に統合されました。", $"In {year} it was merged into another project."),
    };

    public static LocalizedText EndedNotListed(string lastListed, string? next) => next is null
        ? L($"{lastListed}の文書を最後に掲載されていません。理由は文書に書かれていません。",
            $"It was last listed in the {lastListed} document. The documents do not say why.")
        : L($"{lastListed}の文書を最後に、{next}の文書には掲載されていません。理由は文書に書かれていません。",
            $"It was last listed in the {lastListed} document and is not in the {next} document. The documents do not say why.");

    public static LocalizedText SuccessorEvent(LineageKind ev, string year) => ev switch
    {
        LineageKind.Renamed => L($"{year}から名称を変えて継続", $"continues under a new name from {year}"),
        LineageKind.Split => L($"{year}に分割", $"split off in {year}"),
        _ => L($"{year}に統合", $"merged in {year}"),
    };
}
