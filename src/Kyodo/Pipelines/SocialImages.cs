using Kyodo.Engine;
using Kyodo.Imaging;
using Kyodo.Localization;
using Kyodo.Model;
using Kyodo.Rendering;

namespace Kyodo.Pipelines;

/// <summary>
/// The preview card of every page people share (home, project, indicator, measure and year pages, in each
/// language), beside the page as social-card.png, and the touch icon. Runs after the pages are rendered, in
/// parallel, drawing only the cards the image cache does not hold. Other pages show their plan's home card.
/// </summary>
public sealed class SocialImages : IPipeline
{
    public const string IconPath = "assets/touch-icon.png";
    public const string CardName = "social-card.png";

    /// <summary>The kinds of page that get a card of their own.</summary>
    public static readonly IReadOnlySet<string> CardKinds =
        new HashSet<string>(["home", "project", "indicator", "measure", "year"], StringComparer.Ordinal);

    /// <summary>The pipelines whose pages get a card: their pages are rendered before this one runs.</summary>
    public IReadOnlyList<Type> DependsOn =>
        [typeof(HomePages), typeof(ProjectPages), typeof(IndicatorPages), typeof(MeasurePages), typeof(YearPages)];

    /// <summary>The card a page shows in its previews (an output path): its own, else its plan's home card.</summary>
    public static string CardOf(PageContext page) =>
        UrlBuilder.SitePath(page.Language, (CardKinds.Contains(page.Kind) ? page.Path : page.PlanPrefix) + CardName);

    public void Execute(BuildContext context)
    {
        context.Output.Add(IconPath, SiteImages.TouchIcon());
        var images = BuildImages.Of(context);
        var pages = context.Output.Pages.Where(p => CardKinds.Contains(p.Kind)).ToList();
        Parallel.ForEach(pages, page =>
        {
            var path = UrlBuilder.SitePath(page.Language, page.Path + CardName);
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
        var label = Label(plan, page.Kind).In(language);
        return new CardText(page.Title, label, config.Name.In(language), siteName, language.Tag());
    }

    /// <summary>The alternative text of the card a page shows (<see cref="CardOf"/>).</summary>
    public static string AltOf(PageContext page)
    {
        var plan = page.Plan ?? page.Site.PrimaryPlan;
        return CardKinds.Contains(page.Kind) && page.Kind != "home"
            ? Ui.SocialCardAlt(page.Language, page.T(Label(plan, page.Kind)), page.Title, page.T(plan.Config.Name))
            : page.T(Ui.SocialImageAlt(plan.Config.Name));
    }

    /// <summary>The kind of page a card names above its title.</summary>
    private static LocalizedText Label(Plan plan, string kind) => kind switch
    {
        "project" => Ui.Project,
        "indicator" => Ui.Indicator,
        "measure" => plan.Config.Hierarchy.Measure,
        _ => Ui.FiscalYear,
    };

    /// <summary>"https://kyodo-project.github.io/kyodo/" → "kyodo-project.github.io/kyodo".</summary>
    private static string Host(string url) =>
        url.Replace("https://", "", StringComparison.Ordinal)
            .Replace("http://", "", StringComparison.Ordinal)
            .TrimEnd('/');
}
