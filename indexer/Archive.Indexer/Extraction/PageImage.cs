using System.Globalization;
using System.Text;

namespace Archive.Extraction;

/// <summary>
/// A greyscale page image as pdftoppm writes it (binary PGM), kept to measure the strokes of a
/// line: OCR reads the words but not their weight, and bold headings matter to the segmenter.
/// </summary>
public sealed class PageImage
{
    private readonly byte[] _pixels;
    private readonly int _offset;

    private PageImage(byte[] pixels, int offset, int width, int height)
    {
        _pixels = pixels;
        _offset = offset;
        Width = width;
        Height = height;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Reads a binary PGM (P5, 8 bits); null when the file is not one.</summary>
    public static PageImage? Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 16 || bytes[0] != 'P' || bytes[1] != '5')
        {
            return null;
        }
        var fields = new int[3];
        var i = 2;
        for (var f = 0; f < 3; f++)
        {
            while (i < bytes.Length && char.IsWhiteSpace((char)bytes[i]))
            {
                i++;
            }
            var start = i;
            while (i < bytes.Length && char.IsAsciiDigit((char)bytes[i]))
            {
                i++;
            }
            if (!int.TryParse(Encoding.ASCII.GetString(bytes, start, i - start), NumberStyles.None, CultureInfo.InvariantCulture, out fields[f]))
            {
                return null;
            }
        }
        var offset = i + 1;
        return fields[2] == 255 && (long)fields[0] * fields[1] <= bytes.Length - offset ? new PageImage(bytes, offset, fields[0], fields[1]) : null;
    }

    /// <summary>
    /// The mean length in pixels of the horizontal runs of ink in a box: the width of the vertical
    /// strokes, about 1.4 times larger in bold type. Runs of one pixel are specks, not strokes.
    /// </summary>
    public double StrokeWidth(int left, int top, int right, int bottom)
    {
        left = Math.Clamp(left, 0, Width);
        right = Math.Clamp(right, left, Width);
        top = Math.Clamp(top, 0, Height);
        bottom = Math.Clamp(bottom, top, Height);
        long total = 0, runs = 0;
        for (var y = top; y < bottom; y++)
        {
            var row = _pixels.AsSpan(_offset + y * Width + left, right - left);
            var run = 0;
            foreach (var pixel in row)
            {
                if (pixel < 128)
                {
                    run++;
                    continue;
                }
                if (run >= 2)
                {
                    total += run;
                    runs++;
                }
                run = 0;
            }
            if (run >= 2)
            {
                total += run;
                runs++;
            }
        }
        return runs == 0 ? 0 : total / (double)runs;
    }
}
