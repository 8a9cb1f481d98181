using Kyodo.Localization;
using Kyodo.Model;

namespace Kyodo.Charts.Plotly;

/// <summary>An indicator's chart as a Plotly figure: the same points, gaps, targets and breaks as the SVG.</summary>
internal static class TrendFigure
{
    public static Figure Build(TrendChart chart, Language language)
    {
        var scale = Svg.TrendSvg.Scale(chart);
        var first = chart.FirstYear;
        var last = chart.LastYear;
        var years = Enumerable.Range(first, last - first + 1).ToList();
        var reported = chart.Reported.ToList();
        var traces = new List<Trace>();
        var lastSegment = chart.Breaks.Count;

        // One trace per method period; years without a value are null, which Plotly leaves as a gap.
        foreach (var segment in chart.Points.Select(p => p.Segment).Distinct().Order())
        {
            var points = chart.Points.Where(p => p.Segment == segment).ToList();
            var old = segment < lastSegment;
            traces.Add(new Trace
            {
                Type = "scatter",
                Mode = "lines+markers+text",
                Name = old ? Ui.ChartOldMethod.In(language) : Ui.ChartValues.In(language),
                X = points.Select(p => (Datum)p.Year).ToList(),
                Y = points.Select(p => Datum.Of(p.Value)).ToList(),
                Text = points.Select(p => p.HasValue && (p == reported[0] || p == reported[^1]) ? ChartText.ValueText(chart, p.Value!.Value, p.IsRounded, language) : "").ToList(),
                TextPosition = "top center",
                CustomData = points.Select(p => $"{Ui.ChartYearOf(p.Year).In(language)}: {ChartText.PointText(chart, p, language)}").ToList(),
                HoverTemplate = "%{customdata}<extra></extra>",
                ConnectGaps = false,
                ClipOnAxis = false,
                Line = new Line { Color = old ? ChartPalette.OldMethod : ChartPalette.Series, Width = 2.5, Dash = old ? "dash" : "solid" },
                Marker = new Marker
                {
                    Symbol = old ? "circle-open" : "circle",
                    Size = 10,
                    Color = old ? ChartPalette.OldMethod : ChartPalette.Series,
                    Line = new Line { Color = old ? ChartPalette.OldMethod : ChartPalette.Series, Width = 2 },
                },
            });
        }

        foreach (var current in new[] { true, false })
        {
            var targets = chart.Targets.Where(t => t.IsCurrent == current).ToList();
            if (targets.Count == 0) continue;
            traces.Add(new Trace
            {
                Type = "scatter",
                Mode = "markers+text",
                Name = current ? Ui.ChartTarget.In(language) : Ui.ChartSupersededTarget.In(language),
                X = targets.Select(t => (Datum)t.Year).ToList(),
                Y = targets.Select(t => (Datum)t.Value).ToList(),
                Text = targets.Select(t => current
                    ? Ui.ChartTargetLabel(ChartFormat.Value(t.Value, chart.Decimals, chart.Unit)).In(language)
                    : Ui.ChartSupersededShort(ChartFormat.Value(t.Value, chart.Decimals, chart.Unit)).In(language)).ToList(),
                TextPosition = current ? "top left" : "bottom left",
                CustomData = targets.Select(t => ChartText.TargetText(chart, t, language)).ToList(),
                HoverTemplate = "%{customdata}<extra></extra>",
                ClipOnAxis = false,
                Marker = new Marker
                {
                    Symbol = current ? "diamond" : "diamond-open",
                    Size = 13,
                    Color = current ? ChartPalette.Target : ChartPalette.Superseded,
                    Line = new Line { Color = current ? ChartPalette.Target : ChartPalette.Superseded, Width = 2 },
                },
            });
        }

        var shapes = new List<Shape>();
        var annotations = new List<Annotation>();
        foreach (var t in chart.Targets.Where(t => t.IsCurrent))
        {
            shapes.Add(new Shape { Type = "line", XRef = "paper", YRef = "y", X0 = 0, X1 = 1, Y0 = (double)t.Value, Y1 = (double)t.Value, Layer = "below", Line = new Line { Color = ChartPalette.Target, Width = 1, Dash = "dot" } });
        }
        foreach (var gap in chart.Gaps)
        {
            shapes.Add(new Shape { Type = "line", XRef = "x", YRef = "paper", X0 = gap.Year, X1 = gap.Year, Y0 = 0, Y1 = 1, Layer = "below", Line = new Line { Color = ChartPalette.Gap, Width = 1, Dash = "dot" } });
            annotations.Add(new Annotation
            {
                Text = Ui.ChartGapShort(gap.State).In(language), X = gap.Year, Y = Datum.Of(0.02), XRef = "x", YRef = "paper",
                XAnchor = "left", YAnchor = "bottom", TextAngle = -90, XShift = 2, Font = new Font { Size = 11, Color = ChartPalette.Muted },
            });
        }
        foreach (var b in chart.Breaks)
        {
            shapes.Add(new Shape { Type = "line", XRef = "x", YRef = "paper", X0 = b.Year - 0.5, X1 = b.Year - 0.5, Y0 = 0, Y1 = 1, Line = new Line { Color = ChartPalette.Ink, Width = 1.5, Dash = "dash" } });
            annotations.Add(new Annotation
            {
                Text = Ui.ChartMethodChanged.In(language), X = Datum.Of(b.Year - 0.5), Y = Datum.Of(1.0), XRef = "x", YRef = "paper",
                XAnchor = "left", YAnchor = "top", XShift = 4, Font = new Font { Size = 12, Weight = 700 }, BgColor = "rgba(255,255,255,0.85)",
            });
        }
        var direction = chart.IsMonitoring ? Ui.ChartMonitoring : chart.Direction == Direction.Increase ? Ui.ChartHigherIsBetter : Ui.ChartLowerIsBetter;
        annotations.Add(new Annotation { Text = direction.In(language), X = Datum.Of(1.0), Y = Datum.Of(1.0), XRef = "paper", YRef = "paper", XAnchor = "right", YAnchor = "bottom", YShift = 6, Font = new Font { Size = 12, Weight = 700 } });

        var unit = language == Language.Ja ? $"単位：{chart.Unit.Ja}" : $"Unit: {chart.Unit.In(language)}";
        return new Figure(traces, new Layout
        {
            Font = PlotlyStyle.Font,
            Height = 400,
            AutoSize = true,
            Margin = new Margin(64, 16, 36, 40),
            ShowLegend = true,
            Legend = new Legend { Orientation = "h", X = 0, Y = -0.14, XAnchor = "left", YAnchor = "top" },
            HoverMode = "closest",
            Separators = ".,",
            PaperBgColor = "#ffffff",
            PlotBgColor = "#ffffff",
            XAxis = new Axis
            {
                Type = "linear",
                Range = [first - 0.5, last + 0.5],
                // Plotly spaces year ticks by the width it gets: every year on a screen, fewer on a phone.
                TickMode = "auto",
                TickFormat = "d",
                NTicks = years.Count,
                ShowGrid = false,
                ZeroLine = false,
                ShowLine = true,
                LineColor = ChartPalette.Axis,
                FixedRange = true,
            },
            YAxis = new Axis
            {
                Title = new AxisTitle(unit, new Font { Size = 12, Color = ChartPalette.Muted }),
                Range = [scale.Min, scale.Max],
                TickMode = "array",
                TickVals = scale.Ticks,
                TickText = scale.Ticks.Select(t => ChartFormat.Number((decimal)t, scale.Decimals)).ToList(),
                GridColor = ChartPalette.Grid,
                ZeroLine = false,
                FixedRange = true,
                AutoMargin = true,
            },
            Shapes = shapes,
            Annotations = annotations,
        }, new Config());
    }
}
