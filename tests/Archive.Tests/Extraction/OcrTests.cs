using System.Diagnostics;
using System.Text.RegularExpressions;
using Archive.Extraction;
using Archive.Index;

namespace Archive.Tests.Extraction;

/// <summary>Scans at the edges: mixed PDFs, image files, blank pages and photos, pathological images, and OCR switched off.</summary>
public sealed partial class OcrTests : IDisposable
{
    private const string Seed = "004_420f8e46793957e4";

    private readonly TemporaryFolder _folder = new("archive-ocr-");

    [Fact]
    public void MixedPdf_ReadsItsTextPageFromTheTextLayer_AndItsScannedPageByOcr()
    {
        var source = Repository.Corpus("pdf", Seed + ".pdf");
        var scan = _folder.PathTo("scan.pdf");
        ScanMaker.ImagePdf(ScanMaker.Rasterise(source, _folder.PathTo("page"), 200, 2), scan);
        var mixed = _folder.PathTo("blandet.pdf");
        Run("qpdf", "--empty", "--pages", source, "1", scan, "1", "--", mixed);

        var document = new DocumentExtractor().Extract(mixed);

        Assert.Equal(2, document.Pages);
        Assert.Equal(1, document.OcrPages);
        Assert.All(document.Lines.Where(l => l.Page == 1), l => Assert.Null(l.OcrConfidence));
        Assert.All(document.Lines.Where(l => l.Page == 2), l => Assert.NotNull(l.OcrConfidence));
        AssertReadsTheWordsOf(source, 2, document.Lines.Where(l => l.Page == 2));
    }

    [Fact]
    public void PngScan_IsReadByOcr_WithItsDanishWords()
    {
        var source = Repository.Corpus("pdf", Seed + ".pdf");
        Run("pdftoppm", "-r", "200", "-gray", "-png", "-f", "3", "-l", "3", "-singlefile", source, _folder.PathTo("side"));

        var document = new DocumentExtractor().Extract(_folder.PathTo("side.png"));

        Assert.Equal("png", document.Format);
        Assert.Equal(1, document.OcrPages);
        AssertReadsTheWordsOf(source, 3, document.Lines);
    }

    [Fact]
    public void BlankScan_IsNamed_WithAClearNote_AndGivesNoItems()
    {
        var blank = _folder.PathTo("blank.pgm");
        ScanMaker.WritePgm(blank, 1240, 1754, Enumerable.Repeat((byte)255, 1240 * 1754).ToArray());
        var minutes = Directory.CreateDirectory(_folder.PathTo("minutes")).FullName;
        ScanMaker.ImagePdf([blank], Path.Combine(minutes, "tom-scanning.pdf"));

        var (report, documents) = Ingest(minutes, new DocumentExtractor());

        var (path, reason) = Assert.Single(report.Failed);
        Assert.EndsWith("tom-scanning.pdf", path, StringComparison.Ordinal);
        Assert.Contains("OCR found no text", reason, StringComparison.Ordinal);
        Assert.Empty(documents);
    }

    [Fact]
    public void Photo_WithNoDanishText_IsNamed_AndGivesNoItems()
    {
        // A "photo": smooth shapes of light and shade, no writing.
        const int width = 1000, height = 700;
        var pixels = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                pixels[y * width + x] = (byte)(128 + 60 * Math.Sin(x / 37.0) * Math.Cos(y / 23.0) + 50 * Math.Sin((x + y) / 91.0));
            }
        }
        var minutes = Directory.CreateDirectory(_folder.PathTo("minutes")).FullName;
        ScanMaker.WritePgm(_folder.PathTo("foto.pgm"), width, height, pixels);
        ScanMaker.ImagePdf([_folder.PathTo("foto.pgm")], Path.Combine(minutes, "foto.pdf"));

        var (report, documents) = Ingest(minutes, new DocumentExtractor());

        var (path, reason) = Assert.Single(report.Failed);
        Assert.EndsWith("foto.pdf", path, StringComparison.Ordinal);
        Assert.Matches("OCR found no (Danish )?text", reason);
        Assert.Empty(documents);
    }

    [Fact]
    public void DecompressionBombImage_HitsTheMemoryLimit_AndIsNamed()
    {
        var minutes = Directory.CreateDirectory(_folder.PathTo("minutes")).FullName;
        File.WriteAllBytes(Path.Combine(minutes, "bombe.png"), ScanMaker.PlainPng(20_000, 20_000, 255));
        File.Copy(Repository.Corpus("txt", Seed + ".txt"), Path.Combine(minutes, Seed + ".txt"));

        var (report, documents) = Ingest(minutes, new DocumentExtractor(new PopplerRunner { MemoryLimitBytes = 256L * 1024 * 1024 }));

        var (path, reason) = Assert.Single(report.Failed);
        Assert.EndsWith("bombe.png", path, StringComparison.Ordinal);
        Assert.Contains("tesseract failed", reason, StringComparison.Ordinal);
        Assert.Equal([Seed], documents);
    }

    [Fact]
    public void SlowImage_HitsTheTimeLimit_AndIsNamed()
    {
        var image = _folder.PathTo("langsom.png");
        File.WriteAllBytes(image, ScanMaker.PlainPng(20_000, 20_000, 255));
        var extractor = new DocumentExtractor(new PopplerRunner { TimeLimit = TimeSpan.FromSeconds(1) });

        var error = Assert.Throws<ExtractionException>(() => extractor.Extract(image));

        Assert.Contains("tesseract took longer than 1 s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithOcrOff_AScanIsNamed_AsBeforeOcr()
    {
        var page = ScanMaker.Rasterise(Repository.Corpus("pdf", Seed + ".pdf"), _folder.PathTo("page"), 100, 1);
        ScanMaker.ImagePdf(page, _folder.PathTo("scan.pdf"));
        var extractor = new DocumentExtractor(ocr: false);

        var error = Assert.Throws<ExtractionException>(() => extractor.Extract(_folder.PathTo("scan.pdf")));

        Assert.Equal("no text layer (scanned?), and OCR is off (--no-ocr)", error.Message);
    }

    public void Dispose() => _folder.Dispose();

    private (IngestReport Report, IReadOnlyList<string> Documents) Ingest(string folder, DocumentExtractor extractor)
    {
        var database = _folder.PathTo("archive.db");
        using var index = ArchiveIndex.Open(database);
        var report = new ArchiveIngester(index, new DocumentBuilder(extractor)).Ingest([folder]);
        return (report, new DocumentReader(index).Ids());
    }

    /// <summary>Nine in ten of the words on the page's text layer (æ, ø and å included) are among the words OCR read.</summary>
    private static void AssertReadsTheWordsOf(string pdf, int page, IEnumerable<SourceLine> lines)
    {
        var expected = Words(Run("pdftotext", "-f", page.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-l", page.ToString(System.Globalization.CultureInfo.InvariantCulture), pdf, "-"));
        var read = Words(string.Join("\n", lines.Select(l => l.Text))).ToHashSet(StringComparer.Ordinal);
        Assert.Contains(expected, w => w.Contains('ø', StringComparison.Ordinal) || w.Contains('æ', StringComparison.Ordinal) || w.Contains('å', StringComparison.Ordinal));
        var found = expected.Count(read.Contains);
        Assert.True(found >= 0.9 * expected.Count, $"{found} of {expected.Count} words read; missing: {string.Join(' ', expected.Where(w => !read.Contains(w)).Take(30))}");
    }

    private static List<string> Words(string text) => WordPattern().Matches(text).Select(m => m.Value).Distinct().ToList();

    private static string Run(string tool, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {error.Result}");
        return output;
    }

    [GeneratedRegex(@"\p{L}{3,}")]
    private static partial Regex WordPattern();
}
