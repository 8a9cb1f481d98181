namespace Kyodo.Schema;

/// <summary>
/// Names an ID, a plan or a content page cannot take, because each becomes a folder of the published site:
/// names Windows refuses as file names (a clone of the site on Windows must work), and the top-level folders
/// the site itself uses (a page called "projects" would take the place of the project list).
/// </summary>
public static class ReservedNames
{
    private static readonly HashSet<string> Windows = new(StringComparer.OrdinalIgnoreCase)
    {
        "con", "prn", "aux", "nul",
        "com0", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt0", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    /// <summary>
    /// Top-level folders of the site (sections, language, assets, tools' output). Kept generous: a name taken
    /// here by mistake costs a clerk a rename, a name missed lets a page silently replace a section.
    /// </summary>
    private static readonly HashSet<string> SiteFolders = new(StringComparer.Ordinal)
    {
        "en", "ja", "assets", "data", "schema", "pagefind", "search", "feeds", "feed", "index", "404",
        "projects", "indicators", "measures", "policies", "years", "sdgs", "departments", "data-notes",
        "sitemap", "robots", "lineage", "downloads", "api",
    };

    /// <summary>True for names Windows cannot use as a file or folder name (con, nul, com1 …).</summary>
    public static bool IsWindowsDevice(string name) => Windows.Contains(name);

    /// <summary>True for the site's own top-level folder names (en, assets, projects …).</summary>
    public static bool IsSiteFolder(string name) => SiteFolders.Contains(name);
}
