using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Kyodo.Imaging;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Imaging;

[Collection(BuiltSitesGroup.Name)]
public sealed class PngEncoderTests(BuiltSites sites)
{
    [Fact]
    public void EndChunk_HasThePngSpecificationsCrc()
    {
        // Every PNG ends with the same 12 bytes: IEND has no data, so its CRC-32 is always AE 42 60 82.
        var png = PngEncoder.Encode(1, 1, [0, 0, 0]);

        Assert.Equal([0, 0, 0, 0, (byte)'I', (byte)'E', (byte)'N', (byte)'D', 0xAE, 0x42, 0x60, 0x82], png[^12..]);
    }

    [Fact]
    public void Encode_WritesValidChunksAndThePixelsUnchanged()
    {
        var pixels = new byte[3 * 2 * 3];
        for (var i = 0; i < pixels.Length; i++) pixels[i] = (byte)(i * 13);

        var png = PngEncoder.Encode(3, 2, pixels);

        var chunks = Chunks(png);
        Assert.Equal(["IHDR", "IDAT", "IEND"], chunks.Select(c => c.Type));
        var header = chunks[0].Data;
        Assert.Equal((3, 2, 8, 2), (BinaryPrimitives.ReadInt32BigEndian(header), BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4)), (int)header[8], (int)header[9]));
        var raw = Inflate(chunks[1].Data);
        Assert.Equal([0, .. pixels[..9], 0, .. pixels[9..]], raw);
    }

    [Fact]
    public void Encode_SamePixels_SameBytes()
    {
        var canvas = new Raster(40, 20, Rgb.Parse("#123e6b"));
        canvas.FillCircle(10, 10, 6, Rgb.Parse("#ffbf47"));

        Assert.Equal(canvas.ToPng(), canvas.ToPng());
    }

    [Fact]
    public void Raster_Circle_IsFilledInsideAndSmoothedAtTheEdge()
    {
        var canvas = new Raster(21, 21, new Rgb(0, 0, 0));
        canvas.FillCircle(10.5, 10.5, 8, new Rgb(255, 255, 255));

        Assert.Equal(255, canvas.Pixels[(10 * 21 + 10) * 3]);
        Assert.Equal(0, canvas.Pixels[0]);
        var edge = canvas.Pixels[(10 * 21 + 2) * 3]; // the pixel the circle's left edge crosses
        Assert.InRange(edge, 1, 254);
    }

    [Fact]
    public void BuiltSite_SocialCardAndIcon_ArePngsOfTheAnnouncedSize()
    {
        var card = File.ReadAllBytes(Path.Combine(sites.Root.Output, "assets", "social-card.png"));
        var icon = File.ReadAllBytes(Path.Combine(sites.Root.Output, "assets", "touch-icon.png"));

        Assert.Equal((SiteImages.CardWidth, SiteImages.CardHeight), Size(card));
        Assert.Equal((180, 180), Size(icon));
        Assert.Equal(SiteImages.CardHeight * (1 + SiteImages.CardWidth * 3), Inflate(Chunks(card).Single(c => c.Type == "IDAT").Data).Length);
    }

    private static (int, int) Size(byte[] png)
    {
        var header = Chunks(png)[0].Data;
        return (BinaryPrimitives.ReadInt32BigEndian(header), BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4)));
    }

    /// <summary>Reads the chunks back, checking the signature and every chunk's CRC.</summary>
    private static List<(string Type, byte[] Data)> Chunks(byte[] png)
    {
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        var chunks = new List<(string, byte[])>();
        var at = 8;
        while (at < png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png[(at + 8)..(at + 8 + length)];
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length));
            Assert.Equal(System.IO.Hashing.Crc32.HashToUInt32(png.AsSpan(at + 4, 4 + length)), crc);
            chunks.Add((type, data));
            at += 12 + length;
        }
        return chunks;
    }

    private static byte[] Inflate(byte[] zlib)
    {
        using var input = new ZLibStream(new MemoryStream(zlib), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
