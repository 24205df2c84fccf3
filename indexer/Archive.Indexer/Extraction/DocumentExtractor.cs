using System.Security.Cryptography;
using Archive.Text;

namespace Archive.Extraction;

/// <summary>Chooses the extractor by file type and adds the file facts (hash, size, pages). The entry point of the pipeline.</summary>
public sealed class DocumentExtractor
{
    public static readonly IReadOnlySet<string> SupportedExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".html", ".htm", ".pdf" };

    private readonly PdfExtractor _pdf;

    public DocumentExtractor(PopplerRunner? runner = null)
    {
        var lexicon = DanishLexicon.Default;
        _pdf = new PdfExtractor(runner ?? new PopplerRunner(), new PdfLayout(new HyphenJoiner(lexicon.Contains)));
    }

    /// <summary>Files larger than this are refused with a clear message.</summary>
    public long MaxFileBytes { get; init; } = 100L * 1024 * 1024;

    public static bool IsSupported(string path) => SupportedExtensions.Contains(Path.GetExtension(path));

    /// <summary>The reason given for a file of a type Archive does not read.</summary>
    public static string Unsupported(string extension) => $"unsupported file type '{extension}' (use .txt, .md, .html or .pdf)";

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
            _ => throw new ExtractionException(Unsupported(extension)),
        };
    }

    private ExtractedDocument FromPdf(string path, byte[] bytes, string hash)
    {
        var (lines, pages) = _pdf.Extract(path, bytes);
        return new ExtractedDocument(path, "pdf", lines, hash, bytes.Length, pages);
    }
}
