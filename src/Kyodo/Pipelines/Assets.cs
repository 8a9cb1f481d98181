using Kyodo.Engine;

namespace Kyodo.Pipelines;

/// <summary>Publishes the theme's static files (CSS, icons, scripts) under assets/.</summary>
public sealed class Assets : IPipeline
{
    public void Execute(BuildContext context)
    {
        var dir = Path.Combine(context.Paths.Theme, "assets");
        if (!Directory.Exists(dir)) return;
        foreach (var file in Directory.GetFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(dir, file).Replace('\\', '/');
            context.Output.Add("assets/" + relative, File.ReadAllBytes(file));
        }
    }
}
