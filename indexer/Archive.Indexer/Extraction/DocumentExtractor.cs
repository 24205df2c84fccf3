using System.Security.Cryptography;
using Archive.Text;

namespace Archive.Extraction;

/// <summary>Chooses the extractor by file type and adds the file facts (hash, size, pages). The entry point of the pipeline.</summary>
public sealed class DocumentExtractor
{
    /// <summary>Scans read by OCR as they are.</summary>
    public static readonly IReadOnlySet<string> ImageExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".png", ".jpg", ".jpeg", ".tif", ".tiff" };

    public static readonly IReadOnlySet<string> SupportedExtensions =
        new HashSet<string>([".txt", ".md", ".html", ".htm", ".pdf", .. ImageExtensions], StringComparer.OrdinalIgnoreCase);

    private readonly PdfExtractor _pdf;
    private readonly PdfLayout _layout;
    private readonly OcrExtractor? _ocr;

    /// <param name="runner">Runs poppler and Tesseract under time, output and memory limits.</param>
    /// <param name="ocr">False to leave pages without a text layer unread (--no-ocr): such files are named, as before OCR.</param>
    public DocumentExtractor(PopplerRunner? runner = null, bool ocr = true)
    {
        var lexicon = DanishLexicon.Default;
        runner ??= new PopplerRunner();
        _layout = new PdfLayout(new HyphenJoiner(lexicon.Contains));
        _ocr = ocr ? new OcrExtractor(runner, lexicon.Contains) : null;
        _pdf = new PdfExtractor(runner, _layout, _ocr);
    }

    /// <summary>Files larger than this are refused with a clear message.</summary>
    public long MaxFileBytes { get; init; } = 100L * 1024 * 1024;

    public static bool IsSupported(string path) => SupportedExtensions.Contains(Path.GetExtension(path));

    /// <summary>The reason given for a file of a type Archive does not read.</summary>
    public static string Unsupported(string extension) => $"unsupported file type '{extension}' (use .txt, .md, .html, .pdf, .png, .jpg or .tif)";

    public static string HashOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public ExtractedDocument Extract(string path) => Extract(path, Read(path));

    /// <summary>Reads a file's bytes, refusing missing, empty, unreadable and too large files with a reason.</summary>
    public byte[] Read(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new ExtractionException("file not found");
        }
        if (info.Length == 0)
        {
            throw new ExtractionException("empty file");
        }
        if (info.Length > MaxFileBytes)
        {
            throw new ExtractionException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"too large: {info.Length / (1024.0 * 1024):0.0##} MB, the limit is {MaxFileBytes / (1024.0 * 1024):0.0##} MB (--max-file-mb)"));
        }
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (IOException e)
        {
            throw new ExtractionException($"cannot read: {e.Message}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new ExtractionException($"cannot read: {e.Message}", e);
        }
    }

    /// <summary>Extracts bytes already read from <paramref name="path"/>.</summary>
    public ExtractedDocument Extract(string path, byte[] bytes)
    {
        var hash = HashOf(bytes);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".pdf" => FromPdf(path, bytes, hash),
            ".html" or ".htm" => new ExtractedDocument(path, "html", HtmlExtractor.Extract(bytes), hash, bytes.Length, 1),
            // A whole web page saved as text is read as the page it is, not as its markup.
            ".txt" or ".md" when HtmlExtractor.LooksLikePage(bytes) => new ExtractedDocument(path, "html", HtmlExtractor.Extract(bytes), hash, bytes.Length, 1),
            ".txt" or ".md" => new ExtractedDocument(path, extension[1..], TextExtractor.Extract(bytes), hash, bytes.Length, 1),
            _ when ImageExtensions.Contains(extension) => FromImage(path, bytes, hash),
            _ => throw new ExtractionException(Unsupported(extension)),
        };
    }

    private ExtractedDocument FromPdf(string path, byte[] bytes, string hash)
    {
        var read = _pdf.Extract(path, bytes);
        return new ExtractedDocument(path, "pdf", read.Lines, hash, bytes.Length, read.Pages, read.OcrPages, read.Notes);
    }

    private ExtractedDocument FromImage(string path, byte[] bytes, string hash)
    {
        if (_ocr is null)
        {
            throw new ExtractionException("an image, and OCR is off (--no-ocr)");
        }
        var pages = _ocr.ReadImage(path);
        var notes = pages.Where(p => p.Note is not null).Select(p => pages.Count == 1 ? p.Note! : $"page {p.Page}: {p.Note}").ToList();
        var lines = pages.SelectMany(p => p.Lines).ToList();
        if (lines.Count == 0)
        {
            throw new ExtractionException(string.Join("; ", notes));
        }
        var layout = _layout.Build(lines, pages.ToDictionary(p => p.Page, p => p.Height));
        return new ExtractedDocument(path, Path.GetExtension(path).TrimStart('.').ToLowerInvariant(), layout, hash, bytes.Length, pages.Count, pages.Count(p => p.Note is null), notes);
    }
}
