using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Archive.Tests.Extraction;

/// <summary>
/// Makes scans for the OCR tests from real pages: PDF pages rasterised by pdftoppm (greyscale PGM),
/// optionally turned a little and speckled with noise, and wrapped into image-only PDFs by img2pdf.
/// </summary>
public static class ScanMaker
{
    /// <summary>Rasterises pages of a PDF into PGM files under <paramref name="root"/>; returns them in page order.</summary>
    public static IReadOnlyList<string> Rasterise(string pdf, string root, int dpi, int? first = null, int? last = null)
    {
        var arguments = new List<string> { "-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray" };
        if (first is { } f)
        {
            arguments.AddRange(["-f", f.ToString(CultureInfo.InvariantCulture), "-l", (last ?? f).ToString(CultureInfo.InvariantCulture)]);
        }
        Run("pdftoppm", [.. arguments, pdf, root]);
        var folder = Path.GetDirectoryName(root)!;
        var name = Path.GetFileName(root);
        return Directory.GetFiles(folder, name + "-*.pgm").Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Wraps images into a PDF with no text layer, one page each (img2pdf).</summary>
    public static void ImagePdf(IEnumerable<string> images, string pdf) => Run("img2pdf", ["-o", pdf, .. images]);

    /// <summary>Turns a PGM image by <paramref name="degrees"/> about its centre and flips a share of its pixels to random grey: a crooked, dirty scan.</summary>
    public static void Distort(string pgm, double degrees, double noise, int seed)
    {
        var (width, height, pixels) = ReadPgm(pgm);
        var turned = new byte[pixels.Length];
        var (sin, cos) = Math.SinCos(degrees * Math.PI / 180);
        double cx = width / 2.0, cy = height / 2.0;
        var random = new Random(seed);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                // The source of each target pixel, bilinear between its four neighbours; paper white outside.
                var sx = cos * (x - cx) + sin * (y - cy) + cx;
                var sy = -sin * (x - cx) + cos * (y - cy) + cy;
                int x0 = (int)Math.Floor(sx), y0 = (int)Math.Floor(sy);
                double fx = sx - x0, fy = sy - y0;
                double At(int px, int py) => px < 0 || py < 0 || px >= width || py >= height ? 255 : pixels[py * width + px];
                var value = At(x0, y0) * (1 - fx) * (1 - fy) + At(x0 + 1, y0) * fx * (1 - fy) + At(x0, y0 + 1) * (1 - fx) * fy + At(x0 + 1, y0 + 1) * fx * fy;
                turned[y * width + x] = random.NextDouble() < noise ? (byte)random.Next(256) : (byte)Math.Round(value);
            }
        }
        WritePgm(pgm, width, height, turned);
    }

    public static void WritePgm(string path, int width, int height, byte[] pixels)
    {
        using var file = File.Create(path);
        file.Write(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"P5\n{width} {height}\n255\n")));
        file.Write(pixels);
    }

    /// <summary>A greyscale PNG of one colour: a few hundred kilobytes on disk that unpack to width × height bytes (a decompression bomb when large).</summary>
    public static byte[] PlainPng(int width, int height, byte grey)
    {
        using var raw = new MemoryStream();
        using (var zlib = new ZLibStream(raw, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var row = new byte[width + 1];
            Array.Fill(row, grey, 1, width);
            for (var y = 0; y < height; y++)
            {
                zlib.Write(row);
            }
        }
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth; colour type 0 (grey), deflate, no filter, no interlace
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", raw.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var typed = new byte[4 + data.Length];
        Encoding.ASCII.GetBytes(type, typed);
        data.CopyTo(typed, 4);
        Span<byte> number = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        png.Write(typed);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typed));
        png.Write(number);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }
        return ~crc;
    }

    private static (int Width, int Height, byte[] Pixels) ReadPgm(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var fields = new List<int>();
        var i = 2;
        while (fields.Count < 3)
        {
            while (char.IsWhiteSpace((char)bytes[i]))
            {
                i++;
            }
            var start = i;
            while (!char.IsWhiteSpace((char)bytes[i]))
            {
                i++;
            }
            fields.Add(int.Parse(Encoding.ASCII.GetString(bytes, start, i - start), CultureInfo.InvariantCulture));
        }
        return (fields[0], fields[1], bytes[(i + 1)..]);
    }

    private static void Run(string tool, string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', arguments)} failed: {error.Result}");
    }
}
