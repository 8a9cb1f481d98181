using Kyodo.Engine;

namespace Kyodo.Pipelines;

/// <summary>Every pipeline of a standard build.</summary>
public static class PipelineRegistry
{
    public static IReadOnlyList<IPipeline> Default() =>
    [
        new PlanIndexes(),
        new Assets(),
        new Charts(),
        new HomePages(),
        new MeasurePages(),
        new ProjectPages(),
        new ProjectIndex(),
        new IndicatorPages(),
        new YearPages(),
        new SdgPages(),
        new DepartmentPages(),
        new DataNotes(),
        new OpenData(),
        new Codebook(),
        new DataTwins(),
        new SchemaFiles(),
        new SchemaCheck(),
        new ContentPages(),
        new NotFoundPages(),
        new SearchPages(),
        new ChangeFeed(),
        new SocialImages(),
        new Sitemap(),
        new LinkCheck(),
        new PublishedUrls(),
        new SearchIndex(),
        new AccessibilityAudit(),
    ];
}
