using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using Archive.Text;

namespace Archive.Extraction;

/// <summary>
/// Parses Tesseract's hOCR into one <see cref="OcrPage"/> per page: each OCR line becomes a
/// fragment in points, its text with a tab where a wide gap separates table cells, its font size
/// from Tesseract's row height (the median of its paragraph, which is set in one size), and the mean
/// word confidence. Coordinates are turned back by the page's skew, so that a slightly rotated scan
/// keeps its margins and line gaps. Given the page image, a line whose strokes are markedly wider
/// than the page's usual ones is bold.
/// </summary>
public static partial class HocrReader
{
    /// <summary>Tesseract's row height (x_size: ascender to descender) over the font size in points.</summary>
    private const double RowHeightPerPoint = 1.2;

    /// <summary>
    /// Words without a letter or digit, and single characters, below this confidence are specks of noise
    /// read as text ("0", "i", "."); table rules read as "|" never are text.
    /// </summary>
    private const double NoiseConfidence = 50;

    private sealed record Word(string Text, double Left, double Top, double Right, double Bottom, double Confidence);

    /// <summary>A line is bold when its stroke width per row height is this much above the page's median line.</summary>
    private const double BoldStrokeRatio = 1.3;

    private sealed record RawLine(int Paragraph, double Left, double Top, double Right, double Bottom, double Slope, double BaselineOffset, double RowHeight, double Descenders, List<Word> Words)
    {
        public double Stroke { get; set; }
    }

    /// <param name="hocr">Tesseract's hOCR output.</param>
    /// <param name="firstPage">The page number of the first page in <paramref name="hocr"/>.</param>
    /// <param name="dpi">The resolution the image was read at, when the hOCR does not say it.</param>
    /// <param name="image">The page image Tesseract read, to tell bold lines; null when there is none (an image file).</param>
    public static IReadOnlyList<OcrPage> Read(string hocr, int firstPage, double dpi, PageImage? image = null)
    {
        var pages = new List<OcrPage>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, CheckCharacters = false };
        using var reader = XmlReader.Create(new StringReader(hocr), settings);
        double pageWidth = 0, pageHeight = 0, resolution = dpi;
        var lines = new List<RawLine>();
        var paragraph = 0;
        RawLine? line = null;
        void FlushPage()
        {
            if (pageHeight > 0)
            {
                pages.Add(ToPage(firstPage + pages.Count, pageWidth, pageHeight, resolution, lines, image));
            }
            lines = [];
        }
        try
        {
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    reader.Read();
                    continue;
                }
                var kind = reader.GetAttribute("class");
                var title = reader.GetAttribute("title") ?? string.Empty;
                switch (kind)
                {
                    case "ocr_page":
                        FlushPage();
                        var page = Box(title);
                        (pageWidth, pageHeight) = (page[2], page[3]);
                        var scan = ScanResolutionPattern().Match(title);
                        resolution = scan.Success && Number(scan.Groups[1].Value) >= 100 ? Number(scan.Groups[1].Value) : dpi;
                        break;
                    case "ocr_par":
                        paragraph++;
                        break;
                    case "ocr_line" or "ocr_caption" or "ocr_header" or "ocr_textfloat":
                        var box = Box(title);
                        var baseline = BaselinePattern().Match(title);
                        line = new RawLine(paragraph, box[0], box[1], box[2], box[3],
                            baseline.Success ? Number(baseline.Groups[1].Value) : 0, baseline.Success ? Number(baseline.Groups[2].Value) : 0,
                            Property(title, "x_size", box[3] - box[1]), Property(title, "x_descenders", 0), []);
                        lines.Add(line);
                        break;
                    case "ocrx_word" when line is not null:
                        var wordBox = Box(title);
                        // Reads past the word, so the loop must not read again.
                        var text = TextForm.Normalize(((System.Xml.Linq.XElement)System.Xml.Linq.XNode.ReadFrom(reader)).Value).Trim();
                        var confidence = Property(title, "x_wconf", 0);
                        if (text.Length > 0 && (confidence >= NoiseConfidence || (text.Length > 1 && text.Any(char.IsLetterOrDigit))) && !IsSpeck(text))
                        {
                            line.Words.Add(new Word(text, wordBox[0], wordBox[1], wordBox[2], wordBox[3], confidence));
                        }
                        continue;
                    default:
                        break;
                }
                reader.Read();
            }
        }
        catch (XmlException e)
        {
            throw new ExtractionException($"unreadable Tesseract output: {e.Message}", e);
        }
        FlushPage();
        return pages;
    }

    private static OcrPage ToPage(int number, double width, double height, double dpi, List<RawLine> lines, PageImage? image)
    {
        lines = lines.Where(l => l.Words.Count > 0).ToList();
        var boldStroke = double.MaxValue;
        if (image is not null && image.Width == (int)width && image.Height == (int)height)
        {
            foreach (var line in lines)
            {
                line.Stroke = image.StrokeWidth((int)line.Left, (int)line.Top, (int)line.Right, (int)line.Bottom) / Math.Max(1, line.RowHeight);
            }
            boldStroke = lines.Count > 0 ? Median(lines.Select(l => l.Stroke)) * BoldStrokeRatio : double.MaxValue;
        }
        var toPoints = 72.0 / dpi;
        // The page's skew: the median baseline slope of its longer lines.
        var slopes = lines.Where(l => l.Right - l.Left > width / 3).Select(l => l.Slope).Order().ToList();
        var angle = slopes.Count > 0 ? Math.Atan(slopes[slopes.Count / 2]) : 0;
        var (sin, cos) = Math.SinCos(angle);
        var rowHeights = lines.GroupBy(l => l.Paragraph).ToDictionary(g => g.Key, g => Median(g.Select(l => l.RowHeight)));
        var fragments = new List<PdfFragment>();
        foreach (var line in lines)
        {
            var rowHeight = rowHeights[line.Paragraph];
            // The baseline where the line starts, turned back by the skew; the line's top is a row height above it.
            var baselineY = line.Bottom + line.BaselineOffset;
            var left = line.Left * cos + baselineY * sin;
            var baseline = -line.Left * sin + baselineY * cos;
            var top = baseline - (rowHeight - line.Descenders);
            // The PDF reader's rule: a gap of more than 2.5 line heights separates table cells.
            var cells = new List<List<Word>>();
            Word? previous = null;
            foreach (var word in line.Words)
            {
                if (previous is null || word.Left - previous.Right > rowHeight * 2.5)
                {
                    cells.Add([]);
                }
                cells[^1].Add(word);
                previous = word;
            }
            // A cell of its own read with low confidence is specks beside the text ("SEE" off the end of a line), which would make the line a table row.
            cells = cells.Count > 1 ? cells.Where(c => c.Average(w => w.Confidence) >= NoiseConfidence).ToList() : cells;
            if (cells.Count == 0)
            {
                continue;
            }
            var text = string.Join('\t', cells.Select(c => string.Join(' ', c.Select(w => w.Text))));
            var right = left + (line.Right - line.Left);
            fragments.Add(new PdfFragment(number, top * toPoints, left * toPoints, (right - left) * toPoints, rowHeight * toPoints,
                Math.Round(rowHeight * toPoints / RowHeightPerPoint, 1), line.Stroke >= boldStroke, false, text, cells.SelectMany(c => c).Average(w => w.Confidence) / 100));
        }
        var words = lines.SelectMany(l => l.Words).ToList();
        return new OcrPage(number, height * toPoints, fragments, words.Select(w => w.Text).ToList());
    }

    /// <summary>Table rules read as "|" or "[", and a lone stop or comma on its own beside a word, are never text.</summary>
    private static bool IsSpeck(string word) =>
        word.Trim('|', '[', ']', '_').Length == 0 || (word.Length == 1 && word[0] is '.' or ',' or ':' or ';' or '\'' or '"' or '`' or '´' or '‘' or '’');

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }

    private static double[] Box(string title)
    {
        var match = BoxPattern().Match(title);
        return match.Success ? [.. Enumerable.Range(1, 4).Select(i => Number(match.Groups[i].Value))] : [0, 0, 0, 0];
    }

    private static double Property(string title, string name, double fallback)
    {
        foreach (var part in title.Split(';', StringSplitOptions.TrimEntries))
        {
            if (part.StartsWith(name + " ", StringComparison.Ordinal))
            {
                return Number(part[(name.Length + 1)..]);
            }
        }
        return fallback;
    }

    private static double Number(string text) => double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;

    [GeneratedRegex(@"bbox (-?\d+) (-?\d+) (-?\d+) (-?\d+)")]
    private static partial Regex BoxPattern();

    [GeneratedRegex(@"baseline (-?[\d.]+) (-?[\d.]+)")]
    private static partial Regex BaselinePattern();

    [GeneratedRegex(@"scan_res (\d+) \d+")]
    private static partial Regex ScanResolutionPattern();
}
