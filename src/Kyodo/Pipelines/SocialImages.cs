using Kyodo.Engine;
using Kyodo.Imaging;
using Kyodo.Model;
using Kyodo.Rendering;
using Kyodo.Routing;

namespace Kyodo.Pipelines;

/// <summary>
/// The preview card of every page people share (home, project, indicator, measure and year pages, in each
/// language), beside the page as social-card.png, and the touch icon. Runs after the pages are rendered, in
/// parallel, drawing only the cards the image cache does not hold. Other pages show their plan's home card.
/// </summary>
public sealed class SocialImages : IPipeline
{
    /// <summary>The pipelines whose pages get a card: their pages are rendered before this one runs.</summary>
    public IReadOnlyList<Type> DependsOn =>
        [typeof(HomePages), typeof(ProjectPages), typeof(IndicatorPages), typeof(MeasurePages), typeof(YearPages)];

    public void Execute(BuildContext context)
    {
        context.Output.Add(Routes.TouchIcon, SiteImages.TouchIcon());
        var images = Images.Of(context);
        var pages = context.Output.Pages.Where(p => SocialCards.HasOwnCard(p.Kind)).ToList();
        Parallel.ForEach(pages, page =>
        {
            var path = UrlBuilder.SitePath(page.Language, Routes.SocialCard(page.Path));
            var png = images.Card(Text(context.Site, page, context.Urls.SiteUrl), path);
            if (png is not null) context.Output.Add(path, png);
        });
    }

    /// <summary>What the card of a page says.</summary>
    internal static CardText Text(Site site, PageInfo page, string siteUrl)
    {
        var plan = site.Plans.FirstOrDefault(p =>
                site.PrefixOf(p) is { Length: > 0 } prefix && page.Path.StartsWith(prefix, StringComparison.Ordinal))
            ?? site.PrimaryPlan;
        var language = page.Language;
        var config = plan.Config;
        var siteName = site.Config.Title.In(language);
        if (page.Kind == "home")
        {
            // The home card's title is the plan's name: the site's name heads it and its address is at the foot.
            var address = siteUrl.Length > 0 ? Host(siteUrl) : siteName;
            return new CardText(page.Title, config.City.In(language), siteName, address, language.Tag())
            {
                Squares = SiteImages.SquareColours(plan),
            };
        }
        var label = SocialCards.Label(plan, page.Kind).In(language);
        return new CardText(page.Title, label, config.Name.In(language), siteName, language.Tag());
    }

    /// <summary>"https://kyodo-project.github.io/kyodo/" → "kyodo-project.github.io/kyodo".</summary>
    private static string Host(string url) =>
        url.Replace("https://", "", StringComparison.Ordinal)
            .Replace("http://", "", StringComparison.Ordinal)
            .TrimEnd('/');
}
