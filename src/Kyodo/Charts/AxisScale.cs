namespace Kyodo.Charts;

/// <summary>
/// A value axis with round tick values, shared by the SVG and the Plotly figure so both draw the same range.
/// </summary>
public sealed record AxisScale(double Min, double Max, double Step, int Decimals)
{
    public IReadOnlyList<double> Ticks
    {
        get
        {
            var ticks = new List<double>();
            var count = (int)Math.Round((Max - Min) / Step);
            for (var i = 0; i <= count; i++) ticks.Add(Math.Round(Min + i * Step, Decimals + 2));
            return ticks;
        }
    }

    /// <summary>
    /// A scale that holds every value. It starts at zero for counts and bars, and for lines whenever the data
    /// span more than half their largest value (a narrow band of rates keeps its detail, with a labelled axis).
    /// </summary>
    public static AxisScale For(IEnumerable<double> values, bool fromZero, bool integers = false, int targetTicks = 5)
    {
        var list = values.ToList();
        var lo = list.Count > 0 ? list.Min() : 0;
        var hi = list.Count > 0 ? list.Max() : 1;
        if (fromZero || (lo >= 0 && hi - lo > 0.5 * hi)) lo = Math.Min(0, lo);
        if (hi <= lo) hi = lo + (lo == 0 ? 1 : Math.Abs(lo) * 0.2);
        var step = NiceStep((hi - lo) / (targetTicks - 1));
        if (integers) step = Math.Max(1, Math.Round(step));
        var min = Math.Floor(lo / step + 1e-9) * step;
        var max = Math.Ceiling(hi / step - 1e-9) * step;
        if (!fromZero && min > 0 && lo - min < step * 0.15) min -= step;
        if (min < 0 && lo >= 0) min = 0;
        if (max - hi < step * 0.15 && !fromZero) max += step;
        if (max <= min) max = min + step;
        return new AxisScale(min, max, step, DecimalsOf(step));
    }

    public double Fraction(double value) => (value - Min) / (Max - Min);

    private static double NiceStep(double raw)
    {
        if (raw <= 0 || double.IsNaN(raw)) return 1;
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var fraction = raw / power;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    private static int DecimalsOf(double step)
    {
        for (var d = 0; d < 6; d++)
        {
            if (Math.Abs(step * Math.Pow(10, d) - Math.Round(step * Math.Pow(10, d))) < 1e-9) return d;
        }
        return 6;
    }
}
