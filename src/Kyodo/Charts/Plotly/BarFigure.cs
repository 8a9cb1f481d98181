using Kyodo.Charts.Svg;
using Kyodo.Model;

namespace Kyodo.Charts.Plotly;

/// <summary>
/// A bar chart as a Plotly figure: horizontal bars, one subplot per panel with its own axis (units differ
/// between a project's figures), categories top to bottom in the order of the data.
/// </summary>
internal static class BarFigure
{
    private const double Top = 40;
    private const double Bottom = 36;
    private const double PanelGap = 26;
    private const double TitleLine = 20;

    public static Figure Build(BarChart chart, Language language)
    {
        var grouped = chart.Layout == BarLayout.Grouped;
        var barPx = grouped ? (chart.Series.Count > 2 ? 13.0 : 22.0) : 26.0;
        var traces = new List<Trace>();
        var annotations = new List<Annotation>();
        var axes = new SortedDictionary<string, object>(StringComparer.Ordinal);
        var legendShown = new HashSet<string>();

        // Pixel heights first, then each panel's share of the plot area as its axis domain.
        var heights = chart.Panels.Select(p => TitleLines(p, language).Count * TitleLine
            + p.Categories.Sum(c => (grouped ? Math.Max(1, c.Values.Count) * barPx : barPx) + 14)).ToList();
        var plotHeight = heights.Sum() + PanelGap * (chart.Panels.Count - 1);
        var showLegend = chart.Series.Count > 1 || chart.Series.Any(s => s.Pattern != BarPattern.Solid);
        var height = plotHeight + Top + Bottom + (showLegend ? 30 : 0);
        var cursor = plotHeight;
        Axis? firstX = null, firstY = null;

        for (var index = 0; index < chart.Panels.Count; index++)
        {
            var panel = chart.Panels[index];
            var suffix = index == 0 ? "" : (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var title = TitleLines(panel, language);
            var top = cursor;
            var bottom = cursor - heights[index];
            var domainTop = (top - title.Count * TitleLine) / plotHeight;
            var domain = new[] { Math.Round(bottom / plotHeight, 4), Math.Round(Math.Max(domainTop, bottom / plotHeight + 0.01), 4) };
            cursor = bottom - PanelGap;

            var labels = panel.Categories.Select(c => Wrap(c.Label.In(language), 11)).ToList();
            var max = panel.Categories.Select(c => grouped ? c.Values.Select(v => (double)v.Value).DefaultIfEmpty(0).Max() : (double)c.Total).DefaultIfEmpty(0).Max();
            var scale = AxisScale.For([max], fromZero: true, integers: panel.Categories.SelectMany(c => c.Values).All(v => v.Value == decimal.Truncate(v.Value)));
            foreach (var series in chart.Series)
            {
                var present = panel.Categories.Select((c, i) => (Category: c, Label: labels[i], Value: c.ValueOf(series.Key))).Where(x => x.Value is not null).ToList();
                if (present.Count == 0) continue;
                traces.Add(new Trace
                {
                    Type = "bar",
                    Orientation = "h",
                    Name = series.Label.In(language),
                    LegendGroup = series.Key,
                    ShowLegend = showLegend && legendShown.Add(series.Key),
                    X = present.Select(x => (Datum)x.Value!.Value).ToList(),
                    Y = present.Select(x => (Datum)x.Label).ToList(),
                    XAxis = "x" + suffix,
                    YAxis = "y" + suffix,
                    Text = present.Select(x => grouped || x.Value!.Value != 0 ? ChartFormat.Number(x.Value!.Value) : "").ToList(),
                    TextPosition = grouped ? "outside" : "inside",
                    InsideTextAnchor = grouped ? null : "middle",
                    TextFont = new Font { Size = 12, Color = grouped ? ChartPalette.Ink : null },
                    ClipOnAxis = false,
                    CustomData = present.Select(x => $"{x.Category.Label.In(language)} — {series.Label.In(language)}: {ChartFormat.WithUnit(ChartFormat.Number(x.Value!.Value), panel.Unit, language)}").ToList(),
                    HoverTemplate = "%{customdata}<extra></extra>",
                    Marker = new Marker
                    {
                        Color = series.Pattern is BarPattern.Outline or BarPattern.Dotted ? "#ffffff" : series.Colour,
                        Line = new Line { Color = series.Pattern == BarPattern.Solid ? "#ffffff" : series.Colour, Width = 1 },
                        Pattern = PlotlyStyle.PatternOf(series),
                    },
                });
            }
            if (!grouped)
            {
                for (var i = 0; i < panel.Categories.Count; i++)
                {
                    annotations.Add(new Annotation
                    {
                        Text = ChartFormat.Number(panel.Categories[i].Total),
                        X = Datum.Of((double)panel.Categories[i].Total), Y = labels[i], XRef = "x" + suffix, YRef = "y" + suffix,
                        XAnchor = "left", XShift = 4, ShowArrow = false, Font = new Font { Size = 12, Weight = 700 },
                    });
                }
            }
            if (title.Count > 0)
            {
                annotations.Add(new Annotation
                {
                    Text = string.Join("<br>", title), X = Datum.Of(0.0), Y = Datum.Of(domain[1]), XRef = "paper", YRef = "paper",
                    XAnchor = "left", YAnchor = "bottom", YShift = 2, Align = "left", Font = new Font { Size = 13, Weight = 700 },
                });
            }
            var x = new Axis
            {
                Range = [0, scale.Max * (grouped ? 1.25 : 1.15)],
                Anchor = "y" + suffix,
                TickMode = "array",
                TickVals = scale.Ticks,
                TickText = scale.Ticks.Select(t => ChartFormat.Number((decimal)t, scale.Decimals)).ToList(),
                ShowTickLabels = chart.Panels.Count == 1,
                GridColor = ChartPalette.Grid,
                ZeroLine = true,
                FixedRange = true,
                Title = chart.Panels.Count == 1 && panel.Unit.In(language).Length > 0 ? new AxisTitle(panel.Unit.In(language), new Font { Size = 12, Color = ChartPalette.Muted }) : null,
            };
            var y = new Axis
            {
                Type = "category",
                Domain = domain,
                Anchor = "x" + suffix,
                AutoRange = "reversed",
                CategoryOrder = "array",
                CategoryArray = labels,
                FixedRange = true,
                AutoMargin = true,
            };
            if (index == 0)
            {
                // The first panel's axes are the layout's own (xaxis, yaxis); the others are added by name.
                (firstX, firstY) = (x, y);
                continue;
            }
            axes["xaxis" + suffix] = x;
            axes["yaxis" + suffix] = y;
        }

        var layout = new Layout
        {
            Font = PlotlyStyle.Font,
            Height = Math.Round(height),
            AutoSize = true,
            Margin = new Margin(8, 16, Top, Bottom),
            ShowLegend = showLegend,
            Legend = showLegend ? new Legend { Orientation = "h", X = 0, Y = 1, XAnchor = "left", YAnchor = "bottom", TraceOrder = "normal" } : null,
            HoverMode = "closest",
            BarMode = grouped ? "group" : "stack",
            BarGap = 0.25,
            BarGroupGap = 0.1,
            Separators = ".,",
            PaperBgColor = "#ffffff",
            PlotBgColor = "#ffffff",
            XAxis = firstX,
            YAxis = firstY,
            Annotations = annotations,
            MoreAxes = axes.Count > 0 ? axes : null,
        };
        return new Figure(traces, layout, new Config());
    }

    private static IReadOnlyList<string> TitleLines(BarPanel panel, Language language)
    {
        if (panel.Title is null) return [];
        var unit = panel.Unit.In(language);
        var text = panel.Title.In(language) + (unit.Length == 0 ? "" : language == Language.Ja ? $"（単位：{unit}）" : $" (unit: {unit})");
        return TextMetrics.Wrap(text, 230, 13, 4);
    }

    /// <summary>Plotly does not wrap axis labels: long ones get line breaks at about <paramref name="ems"/> ems.</summary>
    private static string Wrap(string text, double ems) => string.Join("<br>", TextMetrics.Wrap(text, ems * 13, 13, 3));
}
