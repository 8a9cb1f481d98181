using System.Globalization;

namespace Kyodo.Imaging;

/// <summary>An opaque RGB colour.</summary>
public readonly record struct Rgb(byte R, byte G, byte B)
{
    /// <summary>Parses "#rrggbb" (the colour format of plan.yaml and sdgs.csv).</summary>
    public static Rgb Parse(string hex)
    {
        var h = hex.TrimStart('#');
        if (h.Length != 6 || !int.TryParse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v))
        {
            throw new FormatException($"Not a #rrggbb colour: {hex}");
        }
        return new Rgb((byte)(v >> 16), (byte)(v >> 8), (byte)v);
    }
}

/// <summary>
/// A small RGB canvas for the site's generated images: rectangles, rounded rectangles and circles, with
/// edges smoothed by sampling each pixel 4×4 times. Integer arithmetic on the result, so output is exact
/// and the same on every machine.
/// </summary>
public sealed class Raster
{
    private const int Samples = 4;

    public Raster(int width, int height, Rgb background)
    {
        Width = width;
        Height = height;
        Pixels = new byte[width * height * 3];
        FillRect(0, 0, width, height, background);
    }

    public int Width { get; }
    public int Height { get; }

    /// <summary>Row-major RGB bytes.</summary>
    public byte[] Pixels { get; }

    public void FillRect(double x, double y, double w, double h, Rgb colour) =>
        Fill(x, y, w, h, colour, (px, py) => px >= x && px < x + w && py >= y && py < y + h);

    public void FillRoundedRect(double x, double y, double w, double h, double radius, Rgb colour)
    {
        var r = Math.Min(radius, Math.Min(w, h) / 2);
        Fill(x, y, w, h, colour, (px, py) =>
        {
            if (px < x || px >= x + w || py < y || py >= y + h) return false;
            var cx = Math.Clamp(px, x + r, x + w - r);
            var cy = Math.Clamp(py, y + r, y + h - r);
            var dx = px - cx;
            var dy = py - cy;
            return dx * dx + dy * dy <= r * r;
        });
    }

    public void FillCircle(double cx, double cy, double radius, Rgb colour) =>
        Fill(cx - radius, cy - radius, radius * 2, radius * 2, colour, (px, py) =>
        {
            var dx = px - cx;
            var dy = py - cy;
            return dx * dx + dy * dy <= radius * radius;
        });

    public byte[] ToPng() => PngEncoder.Encode(Width, Height, Pixels);

    /// <summary>Blends <paramref name="colour"/> into every pixel of the box by the share of its samples inside the shape.</summary>
    private void Fill(double x, double y, double w, double h, Rgb colour, Func<double, double, bool> inside)
    {
        var x0 = Math.Max(0, (int)Math.Floor(x));
        var y0 = Math.Max(0, (int)Math.Floor(y));
        var x1 = Math.Min(Width, (int)Math.Ceiling(x + w));
        var y1 = Math.Min(Height, (int)Math.Ceiling(y + h));
        const int total = Samples * Samples;
        for (var py = y0; py < y1; py++)
        {
            for (var px = x0; px < x1; px++)
            {
                var hits = 0;
                for (var sy = 0; sy < Samples; sy++)
                {
                    for (var sx = 0; sx < Samples; sx++)
                    {
                        if (inside(px + (sx + 0.5) / Samples, py + (sy + 0.5) / Samples)) hits++;
                    }
                }
                if (hits == 0) continue;
                var i = (py * Width + px) * 3;
                Pixels[i] = Blend(Pixels[i], colour.R, hits, total);
                Pixels[i + 1] = Blend(Pixels[i + 1], colour.G, hits, total);
                Pixels[i + 2] = Blend(Pixels[i + 2], colour.B, hits, total);
            }
        }
    }

    private static byte Blend(byte under, byte over, int hits, int total) => (byte)((under * (total - hits) + over * hits + total / 2) / total);
}
