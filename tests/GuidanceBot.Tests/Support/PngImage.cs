using System.Buffers.Binary;
using System.IO.Compression;

namespace GuidanceBot.Tests.Support;

/// <summary>A decoded 8-bit RGB or RGBA PNG (non-interlaced): enough to check the Teams icons pixel by pixel.</summary>
public sealed class PngImage
{
    private readonly byte[] _pixels;
    private readonly int _channels;

    private PngImage(int width, int height, int channels, byte[] pixels)
    {
        Width = width;
        Height = height;
        _channels = channels;
        _pixels = pixels;
    }

    public int Width { get; }
    public int Height { get; }
    public bool HasAlpha => _channels == 4;

    public (byte R, byte G, byte B, byte A) this[int x, int y]
    {
        get
        {
            var i = ((y * Width) + x) * _channels;
            return (_pixels[i], _pixels[i + 1], _pixels[i + 2], HasAlpha ? _pixels[i + 3] : (byte)255);
        }
    }

    public IEnumerable<(byte R, byte G, byte B, byte A)> Pixels() =>
        Enumerable.Range(0, Height).SelectMany(y => Enumerable.Range(0, Width).Select(x => this[x, y]));

    public static PngImage Read(byte[] png)
    {
        if (!png.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            throw new InvalidDataException("Not a PNG file.");
        }

        int width = 0, height = 0, channels = 0;
        using var compressed = new MemoryStream();
        for (var offset = 8; offset < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(png, offset + 4, 4);
            var data = png.AsSpan(offset + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                channels = (data[8], data[9], data[12]) switch
                {
                    (8, 6, 0) => 4,
                    (8, 2, 0) => 3,
                    _ => throw new InvalidDataException("Only 8-bit RGB/RGBA non-interlaced PNGs are read here."),
                };
            }
            else if (type == "IDAT")
            {
                compressed.Write(data);
            }

            offset += 12 + length;
        }

        compressed.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        return new PngImage(width, height, channels, Unfilter(inflated.ToArray(), width, height, channels));
    }

    private static byte[] Unfilter(byte[] raw, int width, int height, int channels)
    {
        var stride = width * channels;
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                var value = raw[(y * (stride + 1)) + 1 + x];
                int left = x >= channels ? pixels[(y * stride) + x - channels] : 0;
                int up = y > 0 ? pixels[((y - 1) * stride) + x] : 0;
                int upLeft = x >= channels && y > 0 ? pixels[((y - 1) * stride) + x - channels] : 0;
                pixels[(y * stride) + x] = (byte)(value + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"Unknown PNG filter {filter}."),
                });
            }
        }

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
