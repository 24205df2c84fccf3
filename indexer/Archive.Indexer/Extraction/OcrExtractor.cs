using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Text;

namespace Archive.Extraction;

/// <summary>
/// Reads page images with Tesseract's Danish model: PDF pages rasterised by poppler's pdftoppm
/// (greyscale, <see cref="Dpi"/>), image files as they are. Every run is a child process under the
/// runner's time and memory limits, and at most one per core runs at a time across all documents
/// of the process.
/// A page that fails, or holds no Danish text (a blank page, a photo), is left out with a note.
/// </summary>
public sealed partial class OcrExtractor
{
    private readonly PopplerRunner _runner;
    private readonly Func<string, bool> _isWord;
    private static readonly SemaphoreSlim Cores = new(Environment.ProcessorCount);

    public OcrExtractor(PopplerRunner runner, Func<string, bool>? isWord = null)
    {
        _runner = runner;
        _isWord = isWord ?? DanishLexicon.Default.Contains;
    }

    /// <summary>The resolution PDF pages are rasterised at.</summary>
    public int Dpi { get; init; } = 300;

    /// <summary>Tesseract's language: its Danish model (package tesseract-ocr-dan).</summary>
    public string Language { get; init; } = "dan";

    /// <summary>Reads the given pages of a PDF, in parallel; the result is in page order.</summary>
    public IReadOnlyList<OcrPage> ReadPdfPages(string path, IReadOnlyList<int> pages)
    {
        var results = new OcrPage[pages.Count];
        Parallel.For(0, pages.Count, i => results[i] = Guarded(pages[i], () => ReadPdfPage(path, pages[i])));
        return results;
    }

    /// <summary>Reads an image file (PNG, JPEG, TIFF; a multi-page TIFF gives several pages).</summary>
    public IReadOnlyList<OcrPage> ReadImage(string path)
    {
        var pages = WithCore(() => Recognize(path, firstPage: 1, dpi: null));
        return pages.Count == 0 ? [new OcrPage(1, 0, [], [], "OCR found no page in the image")] : pages;
    }

    private OcrPage ReadPdfPage(string path, int page)
    {
        var folder = Directory.CreateTempSubdirectory("archive-ocr-");
        try
        {
            var image = Path.Combine(folder.FullName, "page");
            var pageText = page.ToString(CultureInfo.InvariantCulture);
            var raster = WithCore(() => _runner.Run("pdftoppm", "-r", Dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-f", pageText, "-l", pageText, "-singlefile", path, image));
            // pdftoppm refuses a page too large to hold ("Bogus memory allocation size") with exit code 0 and an empty image.
            if (raster.ExitCode != 0 || !File.Exists(image + ".pgm") || new FileInfo(image + ".pgm").Length < 64)
            {
                throw new ExtractionException($"pdftoppm could not rasterise it: {FirstLine(raster.Error)}");
            }
            var read = WithCore(() => Recognize(image + ".pgm", page, Dpi, PageImage.Read(image + ".pgm")));
            return read.Count > 0 ? read[0] : new OcrPage(page, 0, [], [], "OCR found no page in the image");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private List<OcrPage> Recognize(string image, int firstPage, int? dpi, PageImage? pixels = null)
    {
        string[] arguments = dpi is { } resolution
            ? [image, "stdout", "-l", Language, "--dpi", resolution.ToString(CultureInfo.InvariantCulture), "hocr"]
            : [image, "stdout", "-l", Language, "hocr"];
        var result = _runner.Run("tesseract", arguments);
        if (result.ExitCode != 0)
        {
            throw new ExtractionException($"tesseract failed (exit {result.ExitCode}{(result.ExitCode is 134 or 137 or 139 ? ", out of its memory limit?" : string.Empty)}): {FirstLine(result.Error)}");
        }
        // Tesseract assumes 70 dpi for an image that does not state its resolution; 300 is likelier for a scan.
        return HocrReader.Read(result.Output, firstPage, dpi ?? 300, pixels).Select(Checked).ToList();
    }

    /// <summary>A page whose words are mostly not Danish words is a photo, a drawing or noise, not minutes.</summary>
    private OcrPage Checked(OcrPage page)
    {
        var words = page.Words.Select(w => WordPattern().Match(w).Value.ToLowerInvariant()).Where(w => w.Length >= 3).ToList();
        if (words.Count == 0)
        {
            return page with { Lines = [], Note = "OCR found no text (a blank page?)" };
        }
        var known = words.Count(_isWord);
        return known >= 3 && known >= words.Count * 0.3
            ? page
            : page with { Lines = [], Note = $"OCR found no Danish text ({known} of {words.Count} words known; a photo or a drawing?)" };
    }

    private static OcrPage Guarded(int page, Func<OcrPage> read)
    {
        try
        {
            return read();
        }
        catch (ExtractionException e)
        {
            return new OcrPage(page, 0, [], [], e.Message);
        }
    }

    private T WithCore<T>(Func<T> run)
    {
        Cores.Wait();
        try
        {
            return run();
        }
        finally
        {
            Cores.Release();
        }
    }

    private static string FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault(l => !l.StartsWith("Estimating resolution", StringComparison.Ordinal)) ?? "no message";

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();
}
