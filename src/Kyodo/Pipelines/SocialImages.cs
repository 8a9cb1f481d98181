using Kyodo.Engine;
using Kyodo.Imaging;
using Kyodo.Routing;

namespace Kyodo.Pipelines;

/// <summary>The social-media preview image and the touch icon, drawn from the data at build time (<see cref="SiteImages"/>).</summary>
public sealed class SocialImages : IPipeline
{
    public const string CardPath = Routes.SocialCard;
    public const string IconPath = Routes.TouchIcon;

    public void Execute(BuildContext context)
    {
        context.Output.Add(CardPath, SiteImages.Card(context.Site.PrimaryPlan));
        context.Output.Add(IconPath, SiteImages.TouchIcon());
    }
}
