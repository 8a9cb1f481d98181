using Kyodo.Routing;

namespace Kyodo.Engine;

/// <summary>A pipeline that publishes a section reachable from the menus (see Rendering.SiteNavigation).</summary>
public interface ISectionPipeline : IPipeline
{
    Section Section { get; }
}
