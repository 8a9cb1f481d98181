using Kyodo.Localization;
using Kyodo.Model;
using Kyodo.Routing;

namespace Kyodo.Rendering;

/// <summary>
/// Which preview card a page shows and what its alternative text says. The pages that people share (home,
/// project, indicator, measure and year pages) have a card of their own, drawn by the SocialImages pipeline;
/// the others show their plan's home card.
/// </summary>
public static class SocialCards
{
    private static readonly HashSet<string> CardKinds = new(["home", "project", "indicator", "measure", "year"], StringComparer.Ordinal);

    /// <summary>Whether pages of this kind get a card of their own.</summary>
    public static bool HasOwnCard(string pageKind) => CardKinds.Contains(pageKind);

    /// <summary>The card a page shows in its previews (an output path): its own, else its plan's home card.</summary>
    public static string CardOf(PageContext page) =>
        UrlBuilder.SitePath(page.Language, Routes.SocialCard(HasOwnCard(page.Kind) ? page.Path : page.PlanPrefix));

    /// <summary>The alternative text of the card a page shows (<see cref="CardOf"/>).</summary>
    public static string AltOf(PageContext page)
    {
        var plan = page.Plan ?? page.Site.PrimaryPlan;
        return HasOwnCard(page.Kind) && page.Kind != "home"
            ? Ui.SocialCardAlt(page.Language, page.T(Label(plan, page.Kind)), page.Title, page.T(plan.Config.Name))
            : page.T(Ui.SocialImageAlt(plan.Config.Name));
    }

    /// <summary>The kind of page a card names above its title.</summary>
    public static LocalizedText Label(Plan plan, string kind) => kind switch
    {
        "project" => Ui.Project,
        "indicator" => Ui.Indicator,
        "measure" => plan.Config.Hierarchy.Measure,
        _ => Ui.FiscalYear,
    };
}
