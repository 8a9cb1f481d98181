using Kyodo.Diagnostics;
namespace Kyodo.Engine;

/// <summary>
/// Decides whether a build may replace an output folder. A build replaces its folder as a whole, so it may only
/// replace a folder that is empty, absent, or that an earlier build made and that holds nothing else: the
/// earlier build left a manifest (<see cref="ManifestName"/>) listing every file it wrote. A folder someone
/// keeps their own files in (<c>--out ~/Documents</c>, a folder with a stray report) is never deleted without
/// <c>--force</c>.
/// </summary>
public static class OutputFolder
{
    /// <summary>The manifest a build writes into its output folder (and into its staging folder while it runs).</summary>
    public const string ManifestName = ".kyodo-build";

    private const string Header = "# Written by kyodo build: the files of this folder that the build made. A later build replaces the folder only while it holds no other file.";

    private const string StagingHeader = "# Staging folder of a kyodo build that has not finished; the next build removes it.";

    /// <summary>Why <paramref name="folder"/> may not be replaced, or null when it may.</summary>
    public static OutputRefusal? Check(string folder)
    {
        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        if (File.Exists(root)) return new OutputRefusal(root, OutputRefusalReason.IsAFile, []);
        if (!Directory.Exists(root)) return null;
        var present = FilesUnder(root);
        if (present.Count == 0) return null;

        var manifest = Path.Combine(root, ManifestName);
        if (!File.Exists(manifest)) return new OutputRefusal(root, OutputRefusalReason.NotMadeByKyodo, present.Take(5).ToList());
        var listed = ReadManifest(manifest);
        var foreign = present.Where(p => p != ManifestName && !listed.Contains(p)).ToList();
        return foreign.Count == 0 ? null : new OutputRefusal(root, OutputRefusalReason.ForeignFiles, foreign.Take(5).ToList()) { ForeignCount = foreign.Count };
    }

    /// <summary>
    /// Whether a folder beside the output (its staging or its previous copy) was left by a build and may be
    /// removed: only a folder that carries the manifest, so that a folder of someone's that happens to be
    /// called <c>_site.staging</c> is never deleted.
    /// </summary>
    public static bool IsLeftByBuild(string folder) => File.Exists(Path.Combine(folder, ManifestName));

    /// <summary>Marks a new staging folder as the build's, so that an interrupted build's leftovers are recognised.</summary>
    public static void MarkStaging(string staging) =>
        File.WriteAllText(Path.Combine(staging, ManifestName), StagingHeader + "\n");

    /// <summary>Writes the manifest of <paramref name="folder"/>: every file in it, sorted, one per line.</summary>
    public static void WriteManifest(string folder)
    {
        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        var files = FilesUnder(root).Where(p => p != ManifestName);
        File.WriteAllText(Path.Combine(root, ManifestName), Header + "\n" + string.Join("", files.Select(f => f + "\n")));
    }

    private static HashSet<string> ReadManifest(string path) =>
        File.ReadAllLines(path).Where(l => l.Length > 0 && l[0] != '#').ToHashSet(StringComparer.Ordinal);

    /// <summary>Every file below <paramref name="root"/> as a relative path with forward slashes, sorted.</summary>
    private static List<string> FilesUnder(string root) =>
        Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
}
