namespace Archive.Extraction;

/// <summary>
/// One line or paragraph of a document in reading order, with the layout signals the
/// segmenter uses. TXT and PDF extraction both produce this form.
/// </summary>
/// <param name="Text">Text for people: markup removed, NFC, æøå kept. Table cells are separated by tabs.</param>
/// <param name="Page">1-based page; 1 for text files.</param>
/// <param name="Bold">The whole line is bold.</param>
/// <param name="Italic">The whole line is italic.</param>
/// <param name="HeadingLevel">1-6 for a heading (Markdown '#' or a larger font), else 0.</param>
/// <param name="FontRatio">Font size relative to the body text; 1 for text files.</param>
/// <param name="Indent">Indentation in characters (text) or points (PDF) beyond the body margin.</param>
/// <param name="Bullet">The line carried a bullet marker ("-", "*", "•"), now removed.</param>
/// <param name="BlankBefore">A blank line or a paragraph gap precedes the line.</param>
/// <param name="OcrConfidence">For text read by OCR, Tesseract's mean word confidence (0–1); null for a text layer or a text file.</param>
public sealed record SourceLine(
    string Text,
    int Page,
    bool Bold = false,
    bool Italic = false,
    int HeadingLevel = 0,
    double FontRatio = 1.0,
    int Indent = 0,
    bool Bullet = false,
    bool BlankBefore = true,
    double? OcrConfidence = null)
{
    public bool IsTableRow => Text.Contains('\t', StringComparison.Ordinal);
}
