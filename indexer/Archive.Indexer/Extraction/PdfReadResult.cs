namespace Archive.Extraction;

/// <summary>What the PDF reader made of a file: lines, page count, how many pages were read by OCR, and notes on pages left out.</summary>
public sealed record PdfReadResult(IReadOnlyList<SourceLine> Lines, int Pages, int OcrPages, IReadOnlyList<string> Notes);
