namespace Kyodo.Engine;

/// <summary>What a build was asked to do (from the command line).</summary>
public sealed record BuildOptions
{
    /// <summary>Final output folder (default _site).</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>The path the site is served under: "/" or "/repo/" for a GitHub Pages project site.</summary>
    public string? BasePath { get; init; }

    /// <summary>Canonical site URL; overrides site.yaml.</summary>
    public string? SiteUrl { get; init; }

    /// <summary>Limit the build to these plans (default: all plans of site.yaml).</summary>
    public IReadOnlyList<string> Plans { get; init; } = [];

    /// <summary>Run the Node-based steps (search index). Off in fast unit tests.</summary>
    public bool RunNodeTools { get; init; } = true;

    /// <summary>
    /// Audit every page of the finished site in Debian's Chromium (axe-core WCAG rules, keyboard, 320 px) and
    /// write the results into the accessibility policy page; violations fail the build. Off unless asked for
    /// (<c>build --audit</c>): it needs chromium and takes minutes.
    /// </summary>
    public bool Audit { get; init; }

    /// <summary>
    /// Replace the output folder even when it holds files no build wrote (<c>--force</c>); without it such a folder
    /// is refused, so that a mistyped <c>--out</c> never deletes someone's files.
    /// </summary>
    public bool Force { get; init; }

    /// <summary>Check that no URL of published-urls.txt vanishes.</summary>
    public bool CheckPublishedUrls { get; init; } = true;

    /// <summary>
    /// A full build writes files into the staging folder as they are made once it holds this many bytes
    /// (null: hold everything until the end). Tests set it low to exercise the large-site path on small data.
    /// </summary>
    public long? SpillAboveBytes { get; init; } = OutputSet.SpillAboveBytes;

    /// <summary>
    /// Where drawn images (social cards, chart PNGs) are kept between builds; null: <c>$KYODO_CACHE</c>, else
    /// <c>$XDG_CACHE_HOME/kyodo</c>, else <c>~/.cache/kyodo</c> (see Imaging.ImageCache).
    /// </summary>
    public string? CacheDirectory { get; init; }

    /// <summary>The font family of the images (tests name a missing one to see the build refuse to draw).</summary>
    internal string ImageFontFamily { get; init; } = Imaging.ImageFonts.DefaultFamily;
}
