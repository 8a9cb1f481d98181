namespace Kyodo.Engine;

/// <summary>Orders pipelines by phase and declared dependencies and runs them.</summary>
public static class PipelineRunner
{
    /// <summary>Pipelines of <paramref name="phase"/> in an order that respects every dependency.</summary>
    public static IReadOnlyList<IPipeline> Order(IEnumerable<IPipeline> pipelines, Phase phase)
    {
        var all = pipelines.ToList();
        var byType = all.ToDictionary(p => p.GetType());
        foreach (var p in all)
        {
            foreach (var dep in p.DependsOn.Where(d => !byType.ContainsKey(d)))
            {
                throw new InvalidOperationException($"Pipeline {p.Name} depends on {dep.Name}, which is not registered.");
            }
        }
        var ordered = new List<IPipeline>();
        var state = new Dictionary<Type, int>();
        void Visit(IPipeline p, Stack<string> path)
        {
            var t = p.GetType();
            if (state.TryGetValue(t, out var s))
            {
                if (s == 1) throw new InvalidOperationException("Pipeline dependencies form a cycle: " + string.Join(" → ", path.Reverse().Append(p.Name)));
                return;
            }
            state[t] = 1;
            path.Push(p.Name);
            foreach (var dep in p.DependsOn.OrderBy(d => d.Name, StringComparer.Ordinal)) Visit(byType[dep], path);
            path.Pop();
            state[t] = 2;
            ordered.Add(p);
        }
        foreach (var p in all.OrderBy(p => p.Name, StringComparer.Ordinal)) Visit(p, new Stack<string>());
        return ordered.Where(p => p.Phase == phase).ToList();
    }

    public static void Run(IEnumerable<IPipeline> pipelines, Phase phase, BuildContext context)
    {
        var phaseStarted = System.Diagnostics.Stopwatch.GetTimestamp();
        var phaseCpu = BuildRunner.Cpu();
        foreach (var pipeline in Order(pipelines, phase))
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            pipeline.Execute(context);
            context.RenderPendingPages();
            context.Timings[pipeline.Name] = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        }
        // The phase as a whole, in parentheses like "(load)" and "(write)": what benchmarks report.
        var name = "(" + phase.ToString().ToLowerInvariant() + ")";
        context.Timings[name] = System.Diagnostics.Stopwatch.GetElapsedTime(phaseStarted);
        context.Timings[name + " cpu"] = BuildRunner.Cpu() - phaseCpu;
    }
}
