using Kyodo.Engine;
using Kyodo.Imaging;

namespace Kyodo.Pipelines;

/// <summary>The one <see cref="BuildImages"/> of a build, shared by the pipelines that draw (cards, chart PNGs).</summary>
internal static class Images
{
    public static BuildImages Of(BuildContext context) => context.GetOrAdd("images",
        () => BuildImages.Create(context.Options.ImageFontFamily, context.Options.CacheDirectory, context.Diagnostics));
}
