using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Kyodo.Model;
using Kyodo.Routing;
using Kyodo.Schema;

namespace Kyodo.Publishing;

/// <summary>
/// What describes a plan's data set wherever it is named: title, publisher, edition, period, landing page.
/// Used by the open-data page, the data package, the JSON-LD, the DCAT catalog, the README and citations.
/// </summary>
public sealed record DatasetInfo(
    Plan Plan,
    DataLayout Layout,
    LocalizedText Title,
    LocalizedText Description,
    LocalizedText Publisher,
    Edition? Edition,
    string LandingUrl,
    string SiteUrl)
{
    public static DatasetInfo Of(Site site, Plan plan, UrlBuilder urls)
    {
        var config = plan.Config;
        var layout = DataLayout.For(site, plan);
        var edition = config.Editions.Count > 0 ? config.Editions[^1] : null;
        var title = new LocalizedText($"{config.Name.Ja} オープンデータ", $"{config.Name.In(Language.En)}: open data");
        var description = new LocalizedText(
            $"「{config.Name.Ja}」（{FirstYearOf(plan)}〜{LastYearOf(plan)}年度）の事業・指標・実績を、市の公表資料から転記した表（CSV・JSON）です。各年度の文書のすべての事業、指標の値と目標、事業の変遷、市の集計との照合と、すべての数値の出典を含みます。英語は Kyodo プロジェクトによる非公式訳です。",
            $"The projects, indicators and results of the {config.Name.In(Language.En)} (FY{FirstYearOf(plan)}–FY{LastYearOf(plan)}), transcribed from the city's published documents into tables (CSV and JSON): every project of every edition, indicator values and targets, project lineage, a reconciliation with the city's own summaries, and the source of every figure. English texts are unofficial translations by the Kyodo project.");
        var landing = urls.Absolute(Language.Ja, DataLayout.Page) + (ReferenceEquals(plan, site.PrimaryPlan) ? "" : "#plan-" + plan.Id);
        return new DatasetInfo(plan, layout, title, description, ShortName(site.Config.Publisher), edition, landing, urls.SiteUrl);
    }

    /// <summary>The publisher's name without the note site.yaml may add in parentheses.</summary>
    private static LocalizedText ShortName(LocalizedText publisher)
    {
        static string Cut(string text)
        {
            var i = text.IndexOfAny(['（', '(']);
            return (i > 0 ? text[..i] : text).Trim();
        }
        return new LocalizedText(Cut(publisher.Ja), publisher.En is null ? null : Cut(publisher.En));
    }

    public string PackageName => "kyodo-" + Plan.Id;

    /// <summary>"2025年度版" / "FY2025 edition": the latest yearly document the data set includes.</summary>
    public LocalizedText EditionLabel => Edition is null
        ? new LocalizedText("", "")
        : new LocalizedText($"{Edition.Year}年度版（{Edition.Title.Ja}まで収録）", $"FY{Edition.Year} edition (up to the {Edition.Title.In(Language.En)})");

    public int Year => Edition?.Year ?? LastYear;

    /// <summary>The plan period, or the editions' years where the documents state no period.</summary>
    public int FirstYear => FirstYearOf(Plan);

    public int LastYear => LastYearOf(Plan);

    private static int FirstYearOf(Plan plan) => plan.Config.StartYear ?? (plan.Config.Editions.Count > 0 ? plan.Config.Editions.Min(e => e.Year) : 0);

    private static int LastYearOf(Plan plan) => plan.Config.EndYear ?? (plan.Config.Editions.Count > 0 ? plan.Config.Editions.Max(e => e.Year) : 0);

    /// <summary>
    /// The package version: the data format's version, then (as semver build metadata) the edition and the
    /// first 8 hex digits of a SHA-256 over the published CSV files, so a citation pins the exact data.
    /// </summary>
    public static string Version(int editionYear, IEnumerable<(string Path, byte[] Bytes)> csvFiles)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (path, bytes) in csvFiles.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(path + "\n"));
            sha.AppendData(SHA256.HashData(bytes));
        }
        var digest = Convert.ToHexStringLower(sha.GetHashAndReset())[..8];
        return $"{SchemaVersion.Current}+fy{editionYear.ToString(CultureInfo.InvariantCulture)}.{digest}";
    }

    /// <summary>Fiscal years run April to March: the period as an ISO 8601 interval of dates.</summary>
    public string TemporalCoverage => string.Create(CultureInfo.InvariantCulture, $"{FirstYear:D4}-04-01/{LastYear + 1:D4}-03-31");
}
