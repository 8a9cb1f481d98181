using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Kyodo.Rendering;

namespace Kyodo.Engine;

/// <summary>
/// Pages waiting to be rendered. Pipelines queue their pages; when a pipeline returns, the runner renders
/// all of them in parallel on every core and adds them to the output, so each pipeline's pages are in the
/// output before the next pipeline runs, and no pipeline needs its own parallel loop.
/// </summary>
public sealed class PendingPages
{
    private readonly ConcurrentQueue<(PageInfo Page, Type Component, IReadOnlyDictionary<string, object?> Parameters)> _pending = new();

    public void Add(PageInfo page, Type component, IReadOnlyDictionary<string, object?> parameters) =>
        _pending.Enqueue((page, component, parameters));

    /// <summary>Renders every queued page into <paramref name="output"/>; returns how many were rendered.</summary>
    public int RenderAll(RazorRenderer renderer, OutputSet output)
    {
        var work = new List<(PageInfo Page, Type Component, IReadOnlyDictionary<string, object?> Parameters)>(_pending.Count);
        while (_pending.TryDequeue(out var item)) work.Add(item);
        if (work.Count == 0) return 0;
        try
        {
            // Load-balanced chunks: a few pages (indexes, year views) cost far more than the rest.
            Parallel.ForEach(Partitioner.Create(work, loadBalance: true), item =>
                output.AddPage(item.Page, renderer.RenderUtf8(item.Component, item.Parameters)));
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }
        return work.Count;
    }
}
