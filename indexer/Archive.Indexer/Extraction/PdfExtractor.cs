

namespace Archive.Extraction;

/// <summary>
/// Reads PDF minutes through poppler (pdftohtml -xml) run as a child process with limits, page
/// by page: a page without a text layer is read by OCR when an <see cref="OcrExtractor"/> is given,
/// and a page with one never is. Reports encrypted, corrupt and (without OCR) scanned files as such.
/// </summary>
public sealed class PdfExtractor
{
    /// <summary>A page with fewer letters than this in its text layer is a scan (a stamped page number is no text layer).</summary>
    public const int MinPageLetters = 20;

    private readonly PopplerRunner _runner;
    private readonly PdfLayout _layout;
    private readonly OcrExtractor? _ocr;

    public PdfExtractor(PopplerRunner runner, PdfLayout layout, OcrExtractor? ocr = null)
    {
        _runner = runner;
        _layout = layout;
        _ocr = ocr;
    }

    public PdfReadResult Extract(string path, ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 1024)];
        if (head.IndexOf("%PDF-"u8) < 0)
        {
            throw new ExtractionException("not a PDF (no %PDF header)");
        }

        // One child process a file: pdftohtml reports encrypted and corrupt files on stderr, and pages in its XML.
        var html = _runner.Run("pdftohtml", "-xml", "-i", "-stdout", "-nodrm", path);
        if (html.ExitCode != 0)
        {
            throw Failure(html.Error);
        }
        var (fragments, heights) = PdfXmlReader.Read(html.Output);
        var letters = fragments.GroupBy(f => f.Page).ToDictionary(g => g.Key, g => g.Sum(f => f.Text.Count(char.IsLetter)));
        var scanned = heights.Keys.Where(p => letters.GetValueOrDefault(p) < MinPageLetters).Order().ToList();
        if (scanned.Count == 0 || _ocr is null)
        {
            if (letters.Values.Sum() < MinPageLetters)
            {
                throw new ExtractionException(_ocr is null ? "no text layer (scanned?), and OCR is off (--no-ocr)" : "no text layer (scanned?)");
            }
            return new PdfReadResult(_layout.Build(fragments, heights), heights.Count, 0, []);
        }

        var read = _ocr.ReadPdfPages(path, scanned);
        var pages = new Dictionary<int, double>(heights);
        foreach (var page in read.Where(p => p.Height > 0))
        {
            pages[page.Page] = page.Height;
        }
        var all = fragments.Where(f => !scanned.Contains(f.Page)).Concat(read.SelectMany(p => p.Lines)).ToList();
        var notes = read.Where(p => p.Note is not null).Select(p => $"page {p.Page}: {p.Note}").ToList();
        if (all.Count == 0)
        {
            throw new ExtractionException(read.Count == 1 ? $"no text layer, and {read[0].Note}"
                : $"no text layer, and OCR found no Danish text on any of its {read.Count} pages ({string.Join("; ", notes)})");
        }
        return new PdfReadResult(_layout.Build(all, pages), heights.Count, read.Count(p => p.Note is null), notes);
    }

    private static ExtractionException Failure(string error)
    {
        var reason = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "poppler could not read it";
        if (reason.Contains("password", StringComparison.OrdinalIgnoreCase) || reason.Contains("encrypt", StringComparison.OrdinalIgnoreCase))
        {
            return new ExtractionException("encrypted: the PDF needs a password");
        }
        return new ExtractionException($"corrupt PDF: {reason}");
    }

}
