using Kyodo.Model;
using Kyodo.Routing;

namespace Kyodo.Publishing;

/// <summary>
/// Where a plan's downloads live. The first plan's files are directly under <c>data/</c>
/// (<c>data/projects.csv</c>), so its URLs stay short and never change when a plan is added; every other plan
/// has its own folder <c>data/&lt;plan&gt;/</c> with the same layout. Each folder is a complete data package.
/// </summary>
public sealed record DataLayout(string Folder, string PlanId)
{
    public static DataLayout For(Site site, Plan plan) =>
        new(ReferenceEquals(plan, site.PrimaryPlan) ? "data/" : $"data/{plan.Id}/", plan.Id);

    /// <summary>The open-data page and the site-wide files (catalog), shared by every plan.</summary>
    public const string Page = "data/";
    public const string Codebook = "data/codebook/";
    public const string Catalog = "data/catalog.jsonld";

    public const string ExcelFolder = "excel/";

    public string Csv(string table) => Folder + table + ".csv";
    public string Json(string table) => Folder + table + ".json";
    public string Excel(string table) => Folder + ExcelFolder + table + ".csv";
    public string DataPackage => Folder + "datapackage.json";
    public string PlanConfig => Folder + "plan.yaml";
    public string Readme => Folder + "README.md";

    /// <summary>The zip of the folder: <c>data/&lt;plan&gt;-opendata.zip</c>.</summary>
    public string Zip => Folder + ZipName;
    public string ZipName => PlanId + "-opendata.zip";

    /// <summary>The folder every entry of the zip sits in, so unpacking never scatters files.</summary>
    public string ZipRoot => PlanId + "-opendata/";

    /// <summary>A path relative to this plan's folder (as written in datapackage.json and the README).</summary>
    public string Relative(string sitePath) =>
        sitePath.StartsWith(Folder, StringComparison.Ordinal) ? sitePath[Folder.Length..] : throw new ArgumentException($"{sitePath} is not under {Folder}");

    /// <summary>Per-entity files beside the pages: <c>projects/p001.json</c>, with the plan's page prefix.</summary>
    public static string Twin(string prefix, Section section, string id, string extension) => $"{Routes.Twin(prefix, section, id)}.{extension}";

    /// <summary>
    /// The Excel copy of an entity's CSV: <c>projects/p001.excel.csv</c>. Beside the file rather than in an
    /// excel/ folder, which would sit among the entities' page folders; an ID never holds a ".", so no ID takes it.
    /// </summary>
    public const string ExcelExtension = "excel.csv";
}
