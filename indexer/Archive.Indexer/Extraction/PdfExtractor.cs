

namespace Archive.Extraction;

/// <summary>
/// Reads PDF minutes through poppler (pdftohtml -xml) run as a child process with
/// limits. Reports encrypted, corrupt and scanned files as such.
/// </summary>
public sealed class PdfExtractor
{
    private readonly PopplerRunner _runner;
    private readonly PdfLayout _layout;

    public PdfExtractor(PopplerRunner runner, PdfLayout layout)
    {
        _runner = runner;
        _layout = layout;
    }

    public (IReadOnlyList<SourceLine> Lines, int Pages) Extract(string path, ReadOnlySpan<byte> bytes)
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
        var letters = fragments.Sum(f => f.Text.Count(char.IsLetter));
        if (letters < 20)
        {
            throw new ExtractionException("no text layer (scanned?): run OCR first, e.g. ocrmypdf");
        }
        var lines = _layout.Build(fragments, heights);
        return (lines, heights.Count);
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
