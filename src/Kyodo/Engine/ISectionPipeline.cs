namespace Kyodo.Engine;

/// <summary>A pipeline that publishes a section reachable from the menus (see Rendering.SiteNavigation).</summary>
public interface ISectionPipeline : IPipeline
{
    string Section { get; }
}
