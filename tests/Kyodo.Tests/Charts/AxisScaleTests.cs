using Kyodo.Charts;

namespace Kyodo.Tests.Charts;

public sealed class AxisScaleTests
{
    [Fact]
    public void For_NarrowBandOfRates_KeepsDetailWithRoundTicksAroundEveryValue()
    {
        var scale = AxisScale.For([67.6, 69.6, 73.2, 74.8, 70.0], fromZero: false);

        Assert.True(scale.Min <= 67.6 && scale.Max >= 74.8);
        Assert.True(scale.Min > 0);
        Assert.All(scale.Ticks, t => Assert.True(Math.Abs(t / scale.Step - Math.Round(t / scale.Step)) < 1e-9));
    }

    [Fact]
    public void For_WideSpread_StartsAtZero()
    {
        var scale = AxisScale.For([92250, 204943, 486105, 120000], fromZero: false);

        Assert.Equal(0, scale.Min);
        Assert.True(scale.Max >= 486105);
    }

    [Fact]
    public void For_Counts_StartAtZeroWithWholeSteps()
    {
        var scale = AxisScale.For([3], fromZero: true, integers: true);

        Assert.Equal(0, scale.Min);
        Assert.True(scale.Max >= 3);
        Assert.Equal(0, scale.Decimals);
        Assert.All(scale.Ticks, t => Assert.Equal(Math.Round(t), t));
    }

    [Fact]
    public void For_AllValuesEqual_StillHasARange()
    {
        var scale = AxisScale.For([9, 9, 9, 9, 3], fromZero: false);

        Assert.True(scale.Max > scale.Min);
        Assert.True(scale.Min <= 3 && scale.Max >= 9);
    }
}
