namespace Kyodo.Engine;

/// <summary>When a pipeline runs: rendering fills the output set; post-processing reads all of it.</summary>
public enum Phase
{
    Render,
    PostProcess,
    /// <summary>After files are written to the staging folder, before it is swapped into place.</summary>
    Finalize,
    /// <summary>Last: checks of the finished staging folder in a browser (build --audit), which may rewrite the pages that report them.</summary>
    Audit,
}

/// <summary>
/// A named step of the build that publishes one family of files (ProjectPages, OpenData, Sitemap …),
/// with the pipelines it depends on, in the shape of Statiq's pipelines.
/// </summary>
public interface IPipeline
{
    string Name => GetType().Name;

    Phase Phase => Phase.Render;

    IReadOnlyList<Type> DependsOn => [];

    void Execute(BuildContext context);
}
