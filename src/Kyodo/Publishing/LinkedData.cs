using System.Globalization;
using System.Text.Json.Nodes;
using Kyodo.Model;

namespace Kyodo.Publishing;

/// <summary>A downloadable file of a data set, for schema.org and DCAT.</summary>
public sealed record Distribution(string Url, string MediaType, LocalizedText Title, long Bytes, string? ConformsTo);

/// <summary>
/// Metadata for search engines and data catalogues: a schema.org <c>Dataset</c> (JSON-LD on the open-data
/// page) and a DCAT catalogue of every plan's data set (<c>data/catalog.jsonld</c>).
/// </summary>
public static class LinkedData
{
    private static JsonArray Texts(LocalizedText text) => new(
        new JsonObject { ["@language"] = "ja", ["@value"] = text.Ja },
        new JsonObject { ["@language"] = "en", ["@value"] = text.In(Language.En) });

    /// <summary>schema.org Dataset, with the Japanese and English texts as language-tagged values.</summary>
    public static JsonObject Dataset(DatasetInfo info, string version, IReadOnlyList<Distribution> files)
    {
        var config = info.Plan.Config;
        return new JsonObject
        {
            ["@type"] = "Dataset",
            ["@id"] = info.LandingUrl + (info.LandingUrl.Contains('#', StringComparison.Ordinal) ? "" : "#dataset"),
            ["name"] = Texts(info.Title),
            ["description"] = Texts(info.Description),
            ["url"] = info.LandingUrl,
            ["identifier"] = info.LandingUrl,
            ["version"] = version,
            ["inLanguage"] = new JsonArray("ja", "en"),
            ["license"] = Licence.UrlJa,
            ["isAccessibleForFree"] = true,
            ["creator"] = new JsonObject { ["@type"] = "Organization", ["name"] = Texts(info.Publisher), ["url"] = info.SiteUrl + "/" },
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = Texts(info.Publisher), ["url"] = info.SiteUrl + "/" },
            ["sourceOrganization"] = new JsonObject { ["@type"] = "GovernmentOrganization", ["name"] = Texts(config.City) },
            ["isBasedOn"] = new JsonArray([.. info.Plan.Sources.Select(s => (JsonNode)new JsonObject
            {
                ["@type"] = "CreativeWork",
                ["name"] = Texts(s.Title),
                ["author"] = new JsonObject { ["@type"] = "GovernmentOrganization", ["name"] = Texts(s.Issuer) },
            })]),
            ["temporalCoverage"] = info.TemporalCoverage,
            ["spatialCoverage"] = new JsonObject
            {
                ["@type"] = "Place",
                ["name"] = Texts(config.City),
                ["address"] = new JsonObject { ["@type"] = "PostalAddress", ["addressLocality"] = config.City.Ja, ["addressCountry"] = "JP" },
            },
            ["keywords"] = new JsonArray(config.City.Ja, config.Name.Ja, "協働", "collaboration", "SDGs", "オープンデータ", "open data"),
            ["creditText"] = Licence.Attribution(info.Publisher, info.Title, info.LandingUrl).Ja,
            ["distribution"] = new JsonArray([.. files.Select(f => (JsonNode)new JsonObject
            {
                ["@type"] = "DataDownload",
                ["name"] = f.Title.In(Language.En),
                ["contentUrl"] = f.Url,
                ["encodingFormat"] = f.MediaType,
                ["contentSize"] = f.Bytes.ToString(CultureInfo.InvariantCulture) + " B",
            })]),
        };
    }

    /// <summary>The JSON-LD document of the open-data page: every plan's Dataset.</summary>
    public static JsonObject Page(IEnumerable<JsonObject> datasets) => new()
    {
        ["@context"] = "https://schema.org",
        ["@graph"] = new JsonArray([.. datasets]),
    };

    /// <summary>A DCAT-AP style catalogue of the site's data sets and their distributions.</summary>
    public static JsonObject Catalog(SiteConfig site, string catalogUrl, string homepage, IEnumerable<(DatasetInfo Info, string Version, IReadOnlyList<Distribution> Files)> datasets) => new()
    {
        ["@context"] = new JsonObject
        {
            ["dcat"] = "http://www.w3.org/ns/dcat#",
            ["dct"] = "http://purl.org/dc/terms/",
            ["foaf"] = "http://xmlns.com/foaf/0.1/",
            ["xsd"] = "http://www.w3.org/2001/XMLSchema#",
            ["spdx"] = "http://spdx.org/rdf/terms#",
        },
        ["@id"] = catalogUrl,
        ["@type"] = "dcat:Catalog",
        ["dct:title"] = Texts(site.Title),
        ["dct:description"] = Texts(site.Description),
        ["dct:publisher"] = new JsonObject { ["@type"] = "foaf:Agent", ["foaf:name"] = Texts(site.Publisher) },
        ["foaf:homepage"] = new JsonObject { ["@id"] = homepage },
        ["dct:license"] = new JsonObject { ["@id"] = Licence.UrlJa },
        ["dct:language"] = new JsonArray(Lang("JPN"), Lang("ENG")),
        ["dcat:dataset"] = new JsonArray([.. datasets.Select(d => (JsonNode)DcatDataset(d.Info, d.Version, d.Files))]),
    };

    private static JsonObject Lang(string code) => new() { ["@id"] = "http://publications.europa.eu/resource/authority/language/" + code };

    private static JsonObject DcatDataset(DatasetInfo info, string version, IReadOnlyList<Distribution> files)
    {
        var (start, end) = (info.TemporalCoverage[..10], info.TemporalCoverage[11..]);
        return new JsonObject
        {
            ["@id"] = info.LandingUrl + (info.LandingUrl.Contains('#', StringComparison.Ordinal) ? "" : "#dataset"),
            ["@type"] = "dcat:Dataset",
            ["dct:identifier"] = info.PackageName,
            ["dct:title"] = Texts(info.Title),
            ["dct:description"] = Texts(info.Description),
            ["dcat:version"] = version,
            ["dcat:landingPage"] = new JsonObject { ["@id"] = info.LandingUrl },
            ["dct:license"] = new JsonObject { ["@id"] = Licence.UrlJa },
            ["dct:rights"] = Texts(Licence.Summary),
            ["dct:publisher"] = new JsonObject { ["@type"] = "foaf:Agent", ["foaf:name"] = Texts(info.Publisher) },
            ["dct:language"] = new JsonArray(Lang("JPN"), Lang("ENG")),
            ["dct:spatial"] = new JsonObject { ["@type"] = "dct:Location", ["dct:title"] = Texts(info.Plan.Config.City) },
            ["dct:temporal"] = new JsonObject
            {
                ["@type"] = "dct:PeriodOfTime",
                ["dcat:startDate"] = new JsonObject { ["@value"] = start, ["@type"] = "xsd:date" },
                ["dcat:endDate"] = new JsonObject { ["@value"] = end, ["@type"] = "xsd:date" },
            },
            ["dcat:keyword"] = new JsonArray(info.Plan.Config.City.Ja, "協働", "collaboration", "SDGs"),
            ["dcat:distribution"] = new JsonArray([.. files.Select(f =>
            {
                var d = new JsonObject
                {
                    ["@type"] = "dcat:Distribution",
                    ["dct:title"] = Texts(f.Title),
                    ["dcat:downloadURL"] = new JsonObject { ["@id"] = f.Url },
                    ["dcat:accessURL"] = new JsonObject { ["@id"] = info.LandingUrl },
                    ["dcat:mediaType"] = new JsonObject { ["@id"] = "https://www.iana.org/assignments/media-types/" + f.MediaType },
                    ["dcat:byteSize"] = new JsonObject { ["@value"] = f.Bytes.ToString(CultureInfo.InvariantCulture), ["@type"] = "xsd:nonNegativeInteger" },
                    ["dct:license"] = new JsonObject { ["@id"] = Licence.UrlJa },
                };
                if (f.ConformsTo is not null) d["dct:conformsTo"] = new JsonObject { ["@id"] = f.ConformsTo };
                return (JsonNode)d;
            })]),
        };
    }
}
