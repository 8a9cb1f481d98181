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
        if (_pending.IsEmpty) return 0;
        var rendered = 0;
        try
        {
            // One page at a time from the queue on every core: a few pages (indexes, year views) cost far more
            // than the rest, and a page's parameters (its charts' drawings among them) are let go as soon as it is
            // rendered, not when the whole batch is.
            Parallel.ForEach(Partitioner.Create(Drain(), EnumerablePartitionerOptions.NoBuffering), item =>
            {
                output.AddPage(item.Page, renderer.RenderUtf8(item.Component, item.Parameters));
                Interlocked.Increment(ref rendered);
            });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }
        return rendered;
    }

    private IEnumerable<(PageInfo Page, Type Component, IReadOnlyDictionary<string, object?> Parameters)> Drain()
    {
        while (_pending.TryDequeue(out var item)) yield return item;
    }
}
