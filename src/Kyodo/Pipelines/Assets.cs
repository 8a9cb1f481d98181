using System.Text;
using Kyodo.Diagnostics;
using Kyodo.Engine;
using NUglify;
using NUglify.Css;

namespace Kyodo.Pipelines;

/// <summary>
/// Publishes the theme's static files under assets/: the files of theme/assets as they are, and the
/// style sheets of theme/styles joined in file-name order into one assets/site.css (one request per page),
/// minified by NUglify. Each sheet is minified on its own, so that an error in one names its file and line.
/// </summary>
public sealed class Assets : IPipeline
{
    private static readonly CssSettings Settings = new()
    {
        // Comments go: the source keeps them for the people editing it.
        CommentMode = CssComment.None,
        // Colours stay named as written (a name is not swapped for a hex code, nor the reverse).
        ColorNames = CssColor.NoSwap,
    };

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
                var display = Path.GetRelativePath(context.Paths.Root, file).Replace('\\', '/');
                css.Append(Minify(File.ReadAllText(file).ReplaceLineEndings("\n"), display, context.Diagnostics));
            }
            context.Output.AddText("assets/site.css", css.Append('\n').ToString());
        }
    }

    /// <summary>One style sheet minified; each error NUglify finds is a build error at its line and column.</summary>
    internal static string Minify(string css, string display, DiagnosticBag diagnostics)
    {
        var result = Uglify.Css(css, display, Settings);
        foreach (var error in result.Errors.Where(e => e.IsError))
        {
            diagnostics.Add(Messages.CssError(new SourceLocation(display, error.StartLine, error.StartColumn), error.Message));
        }
        return result.Code ?? "";
    }
}
