using System.Text;
using Kyodo.Engine;

namespace Kyodo.Pipelines;

/// <summary>
/// Publishes the theme's static files under assets/: the files of theme/assets as they are, and the
/// style sheets of theme/styles joined in file-name order into one assets/site.css (one request per page),
/// without their comments and spare white space (<see cref="Rendering.CssMinifier"/>).
/// </summary>
public sealed class Assets : IPipeline
{
    public void Execute(BuildContext context)
    {
        var assets = Path.Combine(context.Paths.Theme, "assets");
        if (Directory.Exists(assets))
        {
            foreach (var file in Directory.GetFiles(assets, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(assets, file).Replace('\\', '/');
                context.Output.Add("assets/" + relative, File.ReadAllBytes(file));
            }
        }
        var styles = Path.Combine(context.Paths.Theme, "styles");
        if (Directory.Exists(styles))
        {
            var css = new StringBuilder();
            foreach (var file in Directory.GetFiles(styles, "*.css").Order(StringComparer.Ordinal))
            {
                css.Append(File.ReadAllText(file).ReplaceLineEndings("\n").TrimEnd()).Append('\n');
            }
            context.Output.AddText("assets/site.css", Rendering.CssMinifier.Minify(css.ToString()));
        }
    }
}
