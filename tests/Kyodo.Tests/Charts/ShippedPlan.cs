using Kyodo.Diagnostics;
using Kyodo.Loading;
using Kyodo.Model;
using Kyodo.Processing;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Charts;

/// <summary>The shipped Koriyama plan, loaded once for the chart tests.</summary>
internal static class ShippedPlan
{
    public static readonly Plan Koriyama = SiteLoader.Load(Repo.Paths, new DiagnosticBag())!.PrimaryPlan;

    public static readonly PlanIndex Index = new(Koriyama);

    public static Indicator Indicator(string id) => Koriyama.IndicatorById[id];
}
