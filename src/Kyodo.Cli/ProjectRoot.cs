namespace Kyodo.Cli;

/// <summary>Finds the project folder: the nearest folder, from the current one upwards, holding data/site.yaml.</summary>
public static class ProjectRoot
{
    public static string Find(string? explicitRoot)
    {
        if (explicitRoot is not null) return Path.GetFullPath(explicitRoot);
        var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (dir is not null)
        {
            if (File.Exists(Path.Combine(dir.FullName, "data", "site.yaml"))) return dir.FullName;
            dir = dir.Parent;
        }
        return Directory.GetCurrentDirectory();
    }
}
