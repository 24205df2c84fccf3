namespace Archive.Extraction;

/// <summary>
/// One page read by OCR: its lines as fragments in points, its height in points, and the words
/// Tesseract kept. A page that could not be read, or held no Danish text, has no lines and a note saying why.
/// </summary>
public sealed record OcrPage(int Page, double Height, IReadOnlyList<PdfFragment> Lines, IReadOnlyList<string> Words, string? Note = null);
