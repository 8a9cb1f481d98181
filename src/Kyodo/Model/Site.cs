namespace Kyodo.Model;

/// <summary>
/// A Markdown page of input/ja or input/en, after its front matter was read. <paramref name="ShowsAudit"/>
/// (front matter <c>audit: true</c>) adds the accessibility audit results of the build below the text.
/// </summary>
public sealed record ContentPage(
    Language Language,
    string Slug,
    string Title,
    string Description,
    int Order,
    string Markdown,
    string File,
    bool ShowsAudit = false);

/// <summary>Everything a build publishes: the site configuration, its plans and its content pages.</summary>
public sealed record Site(SiteConfig Config, IReadOnlyList<Plan> Plans, IReadOnlyList<ContentPage> Content, IReadOnlyList<SdgGoal> Sdgs)
{
    /// <summary>The first plan is published at the site root; others under their own prefix.</summary>
    public Plan PrimaryPlan => Plans[0];

    /// <summary>The URL prefix of a plan's pages: empty for the first plan, "id/" for the others.</summary>
    public string PrefixOf(Plan plan) => ReferenceEquals(plan, PrimaryPlan) ? "" : plan.Id + "/";

    public ContentPage? ContentOf(Language language, string slug) =>
        Content.FirstOrDefault(c => c.Language == language && c.Slug == slug);
}
